import "server-only";
import type { TicketStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { limitWrite } from "@/lib/http/limit-write";
import { addCustomerReply } from "./add-customer-reply";
import { replySchema, ticketIssues } from "./ticket-input";

export type SubmittedReply =
  | { kind: "invalid"; issues: { path: string; code: string }[] }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "sent"; status: TicketStatus };

/**
 * A customer's reply as sent from the API or the ticket page: checked, counted against the
 * user's reply limit (decision 029), then added (someone else's ticket is NOT_FOUND, a closed
 * one CONFLICT, both thrown as AppError by addCustomerReply).
 */
export async function submitCustomerReply(options: { actor: SessionUser; number: number; body: Record<string, unknown> }): Promise<SubmittedReply> {
  const { actor, number, body } = options;
  const parsed = replySchema.safeParse(body);
  if (!parsed.success) return { kind: "invalid", issues: ticketIssues(parsed.error) };
  const rate = await limitWrite({ kind: "reply", subject: actor.id });
  if (!rate.ok) return { kind: "rate_limited", retryAfterSeconds: rate.retryAfterSeconds };
  const { status } = await addCustomerReply({ replier: { kind: "requester", actor, number }, body: parsed.data.message });
  return { kind: "sent", status };
}
