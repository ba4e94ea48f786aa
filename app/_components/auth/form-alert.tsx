import type { RefObject } from "react";

export type ShownIssue = { field: string; text: string };

/**
 * The message box of the sign-in forms: a list of field problems (each a link to its field) or
 * one reason the server refused. Focusable, so the form can move focus here after a submit.
 */
export function FormAlert({
  alertRef,
  idPrefix,
  issues,
  error,
  summaryTitle,
  failedTitle,
}: {
  alertRef: RefObject<HTMLDivElement | null>;
  idPrefix: string;
  issues: ShownIssue[];
  error: string | null;
  summaryTitle: string;
  failedTitle: string;
}) {
  if (issues.length === 0 && !error) return null;
  return (
    <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-xl border border-urgent-200 bg-urgent-50 p-4 text-urgent-800">
      <p className="font-semibold">{issues.length > 0 ? summaryTitle : failedTitle}</p>
      {issues.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {issues.map((issue) => (
            <li key={issue.field}>
              <a href={`#${idPrefix}-${issue.field}`} className="font-medium text-urgent-800 underline underline-offset-4">
                {issue.text}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{error}</p>
      )}
    </div>
  );
}
