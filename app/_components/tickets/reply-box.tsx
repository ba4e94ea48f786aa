"use client";

import { useActionState } from "react";
import { fillTemplate } from "@/lib/i18n/fill-template";
import type { CustomerReplyProblem, CustomerReplyState } from "./reply-state";

export type ReplyBoxLabels = Record<"reply" | "replyLabel" | "send", string> & { problems: Record<CustomerReplyProblem, string> };

type Props = {
  /** The server action that adds the reply: the signed-in customer's, or the reply link's. */
  action: (previous: CustomerReplyState | null, form: FormData) => Promise<CustomerReplyState>;
  /** Which ticket: its number for a signed-in customer, the link's token for a reporter without an account. */
  hidden: { name: string; value: string };
  maxLength: number;
  initialProblem: CustomerReplyProblem | null;
  labels: ReplyBoxLabels;
};

/**
 * The customer's reply form, sent by a server action with or without JavaScript. A reply that
 * was not added (too long, a limit, a ticket closed meanwhile) comes back with its text in the box.
 */
export function ReplyBox({ action: send, hidden, maxLength, initialProblem, labels }: Props) {
  const [state, action, pending] = useActionState<CustomerReplyState | null, FormData>(send, null);
  const problem = state ? state.problem : initialProblem;
  const text = problem ? fillTemplate(labels.problems[problem], { minutes: state?.retryMinutes ?? 60 }) : null;
  return (
    <form action={action} className="mt-8">
      <h2 className="text-lg font-bold text-ink-900">{labels.reply}</h2>
      <input type="hidden" name={hidden.name} value={hidden.value} />
      <label htmlFor="reply" className="mt-2 block font-semibold text-ink-900">{labels.replyLabel}</label>
      <textarea key={state ? `${state.problem}:${state.draft.length}` : "reply"} id="reply" name="message" rows={4} required maxLength={maxLength} defaultValue={state?.draft ?? ""} aria-invalid={text ? true : undefined} aria-describedby={text ? "reply-error" : undefined} className="mt-1 w-full rounded-lg border border-line-strong p-3" />
      {text && <p id="reply-error" role="alert" className="mt-1 text-urgent-800">{text}</p>}
      <button type="submit" disabled={pending} className="btn-primary mt-3">{labels.send}</button>
    </form>
  );
}
