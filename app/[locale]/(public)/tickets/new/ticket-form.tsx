"use client";

import { useActionState, useRef } from "react";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { sendTicketAction } from "./actions";
import { problemField, type TicketFormProblem, type TicketFormState } from "./ticket-form-state";

export type TicketFormLabels = Record<"message" | "messageHint" | "contact" | "contactHint" | "submit" | "verifyLegend" | "verifyHint" | "sendCode" | "code" | "codeHint" | "codeSent", string> & { problems: Record<TicketFormProblem, string> };

type Props = {
  idempotencyKey: string;
  locale: string;
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
 * after its action, to these defaults). Someone without a session may prove their phone with an
 * SMS code: "send me a code" is a second submit button of the same form, so it keeps the draft.
 */
export function TicketForm({ idempotencyKey, locale, result, isAnonymous, isUrgent, maxLength, initialProblem, labels, signInLink }: Props) {
  const [state, action, pending] = useActionState<TicketFormState | null, FormData>(sendTicketAction, null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const problem = state ? state.problem : initialProblem;
  const draft = state?.draft ?? { message: "", contact: "", contactCode: "", key: idempotencyKey };
  const field = problemField(problem);
  const problemText = problem ? fillTemplate(labels.problems[problem], { minutes: state?.retryMinutes ?? 60, seconds: state?.retrySeconds ?? 60 }) : null;
  const notice = problem && !field ? problemText : null;
  // Each render of a returned draft gets new keys, so the fields take the draft's values again.
  const draftKey = `${draft.key}-${state?.codeSentTo ?? ""}-${problem ?? ""}`;
  const fieldProps = (name: "message" | "contact" | "contactCode") => ({
    id: name,
    name,
    "aria-describedby": field === name ? `${name}-hint ${name}-error` : `${name}-hint`,
    "aria-invalid": field === name ? true : undefined,
  });
  const fieldError = (name: "message" | "contact" | "contactCode") => (field === name && problemText ? <p id={`${name}-error`} className="mt-1 text-urgent-800">{problemText}</p> : null);
  return (
    <form action={action} className="mt-6 space-y-5">
      {notice ? <p role="alert" className="rounded-xl border-2 border-urgent-700 bg-urgent-50 p-4 text-urgent-800">{notice}</p> : null}
      <input type="hidden" name="idempotencyKey" value={draft.key} />
      <input type="hidden" name="locale" value={locale} />
      {result && <input type="hidden" name="result" value={result} />}
      <div>
        <label htmlFor="message" className="block font-semibold text-ink-900">{labels.message}</label>
        <p id="message-hint" className="text-sm text-ink-700">{labels.messageHint}</p>
        <textarea key={`message-${draftKey}`} {...fieldProps("message")} rows={6} required maxLength={maxLength} defaultValue={draft.message} className="mt-1 w-full rounded-lg border border-line-strong p-3" />
        {fieldError("message")}
      </div>
      {isAnonymous && (
        <>
          <div>
            <label htmlFor="contact" className="block font-semibold text-ink-900">{labels.contact}</label>
            <p id="contact-hint" className="text-sm text-ink-700">{labels.contactHint}</p>
            <input key={`contact-${draftKey}`} {...fieldProps("contact")} type="text" inputMode="email" autoComplete="email" required defaultValue={draft.contact} className="mt-1 w-full rounded-lg border border-line-strong p-3" />
            {fieldError("contact")}
            {signInLink}
          </div>
          <fieldset className="rounded-xl border border-line p-4">
            <legend className="px-1 font-semibold text-ink-900">{labels.verifyLegend}</legend>
            <p className="text-sm text-ink-700">{labels.verifyHint}</p>
            {state?.codeSentTo ? <p role="status" className="mt-2 rounded-lg bg-brand-50 p-3 text-ink-900">{fillTemplate(labels.codeSent, { phone: state.codeSentTo })}</p> : null}
            <button type="submit" name="intent" value="sendCode" formNoValidate disabled={pending} className="btn-secondary mt-3">{labels.sendCode}</button>
            <label htmlFor="contactCode" className="mt-4 block font-semibold text-ink-900">{labels.code}</label>
            <p id="contactCode-hint" className="text-sm text-ink-700">{labels.codeHint}</p>
            <input
              key={`contactCode-${draftKey}`}
              {...fieldProps("contactCode")}
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              defaultValue={draft.contactCode}
              // Enter in the code field sends the report, not another code (the code button comes first in the form).
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  submitRef.current?.click();
                }
              }}
              className="mt-1 w-40 rounded-lg border border-line-strong p-3 tracking-widest"
            />
            {fieldError("contactCode")}
          </fieldset>
        </>
      )}
      <button ref={submitRef} type="submit" disabled={pending} className={isUrgent ? "btn-primary bg-urgent-700 hover:bg-urgent-800" : "btn-primary"}>{labels.submit}</button>
    </form>
  );
}
