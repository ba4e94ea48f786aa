"use server";

import { refresh } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { formText, submittedForm } from "@/lib/http/form-text";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { submitCustomerReply } from "@/lib/tickets/submit-customer-reply";
import type { CustomerReplyProblem, CustomerReplyState } from "@/app/_components/tickets/reply-state";

/**
 * The reply box on the customer's ticket page (also without JavaScript), with the rules of
 * POST /api/tickets/{number}/messages. A reply that was not added comes back with its text.
 */
export async function sendCustomerReplyAction(_previous: CustomerReplyState | null, submitted: FormData): Promise<CustomerReplyState> {
  const actor = await requireRole(["WALLET_USER"]);
  const formData = submittedForm(submitted);
  const number = parseTicketNumber(formText(formData, "number"));
  if (number === null) notFound();
  const draft = formText(formData, "message");
  try {
    const outcome = await submitCustomerReply({ actor, number, body: { message: draft } });
    if (outcome.kind === "invalid") return { problem: outcome.issues[0]?.code === "message.tooLong" ? "message.tooLong" : "message.required", draft };
    if (outcome.kind === "rate_limited") return { problem: "rateLimited", retryMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)), draft };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "CONFLICT") return { problem: "closed" satisfies CustomerReplyProblem, draft };
    throw error;
  }
  // The same page with the new reply (a redirect to a new hash alone would not fetch it again);
  // without JavaScript the 303 keeps a reload from sending the reply twice.
  refresh();
  redirect(`/tickets/${number}#latest`);
}
