"use client";

import { useActionState } from "react";
import { requestAdjustmentAction } from "./actions";
import type { AdjustmentFieldProblem, AdjustmentFormState } from "./adjustment-form-state";

export type AdjustmentLabels = Record<"adjust" | "hint" | "amount" | "reason" | "ticket" | "ticketHint" | "submit" | "problems" | "keyReused" | "inFlight" | "outdated" | AdjustmentFieldProblem, string>;

type Props = { accountId: string; idempotencyKey: string; ticket: string; labels: AdjustmentLabels };

const field = "mt-1 block w-full rounded-md border border-line bg-white px-2 py-2";

/**
 * The goodwill adjustment form. What was typed survives every refusal (the server action hands
 * it back); each field says what is wrong with it in words. Without JavaScript it posts and the
 * server renders the same answer.
 */
export function AdjustmentForm({ accountId, idempotencyKey, ticket, labels }: Props) {
  const [state, action, pending] = useActionState<AdjustmentFormState, FormData>(requestAdjustmentAction, { values: { amount: "", reason: "", ticket }, errors: {} });
  const { values, errors } = state;
  const problem = state.problem ? labels[state.problem] : null;
  const fieldError = (name: keyof typeof errors) => (errors[name] ? <p id={`adjust-${name}-error`} className="mt-1 text-sm text-red-800">{labels[errors[name]]}</p> : null);
  const described = (name: keyof typeof errors, hint?: string) => [hint, errors[name] ? `adjust-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form action={action} aria-labelledby="adjust-heading" className="rounded-xl border border-line bg-white p-4">
      <h2 id="adjust-heading" className="font-semibold text-ink-900">{labels.adjust}</h2>
      <p className="text-sm text-ink-600">{labels.hint}</p>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {hasErrors || problem ? (
        <p role="alert" className="mt-2 rounded-lg border border-red-300 bg-red-50 p-2 text-sm text-red-900">{problem ?? labels.problems}</p>
      ) : null}
      <div className="mt-2">
        <label htmlFor="adjust-ticket" className="block text-sm font-medium">{labels.ticket}</label>
        <input id="adjust-ticket" name="ticket" inputMode="numeric" required pattern="\d{1,9}" defaultValue={values.ticket} aria-invalid={errors.ticket ? true : undefined} aria-describedby={described("ticket", "adjust-ticket-hint")} className={field} />
        <p id="adjust-ticket-hint" className="mt-1 text-xs text-ink-600">{labels.ticketHint}</p>
        {fieldError("ticket")}
      </div>
      <div className="mt-2">
        <label htmlFor="adjust-amount" className="block text-sm font-medium">{labels.amount}</label>
        <input id="adjust-amount" name="amount" inputMode="decimal" required pattern="\d{1,10}(\.\d{1,2})?" defaultValue={values.amount} aria-invalid={errors.amount ? true : undefined} aria-describedby={described("amount")} className={field} />
        {fieldError("amount")}
      </div>
      <div className="mt-2">
        <label htmlFor="adjust-reason" className="block text-sm font-medium">{labels.reason}</label>
        <input id="adjust-reason" name="reason" required maxLength={500} defaultValue={values.reason} aria-invalid={errors.reason ? true : undefined} aria-describedby={described("reason")} className={field} />
        {fieldError("reason")}
      </div>
      <button type="submit" className="btn-secondary mt-2" disabled={pending}>{labels.submit}</button>
    </form>
  );
}
