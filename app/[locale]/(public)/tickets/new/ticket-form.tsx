"use client";

import { useActionState } from "react";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { sendTicketAction } from "./actions";
import type { TicketFormProblem, TicketFormState } from "./ticket-form-state";

export type TicketFormLabels = Record<"message" | "messageHint" | "contact" | "contactHint" | "submit", string> & { problems: Record<TicketFormProblem, string> };

type Props = {
  idempotencyKey: string;
  result: string | null;
  isAnonymous: boolean;
  isUrgent: boolean;
  maxLength: number;
  /** A problem named in the URL (`?error=`), from a plain form post to POST /api/tickets. */
  initialProblem: TicketFormProblem | null;
  labels: TicketFormLabels;
  signInLink: React.ReactNode;
};

/**
 * The hand-off form. A server action sends it, with or without JavaScript; when no ticket was
 * opened the action hands back what was typed and the fields show it again (React resets a form
 * after its action, to these defaults).
 */
export function TicketForm({ idempotencyKey, result, isAnonymous, isUrgent, maxLength, initialProblem, labels, signInLink }: Props) {
  const [state, action, pending] = useActionState<TicketFormState | null, FormData>(sendTicketAction, null);
  const problem = state ? state.problem : initialProblem;
  const draft = state?.draft ?? { message: "", contact: "", key: idempotencyKey };
  const field = problem?.startsWith("message") ? "message" : problem?.startsWith("contact") ? "contact" : null;
  const notice = problem && !field ? fillTemplate(labels.problems[problem], { minutes: state?.retryMinutes ?? 60 }) : null;
  return (
    <form action={action} className="mt-6 space-y-5">
      {notice ? <p role="alert" className="rounded-xl border-2 border-urgent-700 bg-urgent-50 p-4 text-urgent-800">{notice}</p> : null}
      <input type="hidden" name="idempotencyKey" value={draft.key} />
      {result && <input type="hidden" name="result" value={result} />}
      <div>
        <label htmlFor="message" className="block font-semibold text-ink-900">{labels.message}</label>
        <p id="message-hint" className="text-sm text-ink-700">{labels.messageHint}</p>
        <textarea key={`message-${draft.key}`} id="message" name="message" rows={6} required maxLength={maxLength} defaultValue={draft.message} aria-describedby={field === "message" ? "message-hint message-error" : "message-hint"} aria-invalid={field === "message" ? true : undefined} className="mt-1 w-full rounded-lg border border-line-strong p-3" />
        {field === "message" && problem && <p id="message-error" className="mt-1 text-urgent-800">{labels.problems[problem]}</p>}
      </div>
      {isAnonymous && (
        <div>
          <label htmlFor="contact" className="block font-semibold text-ink-900">{labels.contact}</label>
          <p id="contact-hint" className="text-sm text-ink-700">{labels.contactHint}</p>
          <input key={`contact-${draft.key}`} id="contact" name="contact" type="text" inputMode="email" autoComplete="email" required defaultValue={draft.contact} aria-describedby={field === "contact" ? "contact-hint contact-error" : "contact-hint"} aria-invalid={field === "contact" ? true : undefined} className="mt-1 w-full rounded-lg border border-line-strong p-3" />
          {field === "contact" && problem && <p id="contact-error" className="mt-1 text-urgent-800">{labels.problems[problem]}</p>}
          {signInLink}
        </div>
      )}
      <button type="submit" disabled={pending} className={isUrgent ? "btn-primary bg-urgent-700 hover:bg-urgent-800" : "btn-primary"}>{labels.submit}</button>
    </form>
  );
}
