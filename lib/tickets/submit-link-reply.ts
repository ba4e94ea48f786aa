import "server-only";
import type { TicketStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { limitWrite } from "@/lib/http/limit-write";
import { addCustomerReply } from "./add-customer-reply";
import { openReplyLink } from "./open-reply-link";
import { replySchema, ticketIssues } from "./ticket-input";

export type SubmittedLinkReply =
  | { kind: "not_found" }
  | { kind: "gone"; reason: "expired" | "closed"; number: number }
  | { kind: "invalid"; issues: { path: string; code: string }[] }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "sent"; number: number; status: TicketStatus };

/**
 * A reporter's answer through their ticket's SMS reply link (decision 035): the link must still
 * open the ticket, the text is checked like any reply, and answers are limited per ticket
 * (WRITE_LIMITS.linkReply). A ticket closed between the check and the write is `gone`.
 */
export async function submitLinkReply(options: { token: string; body: Record<string, unknown> }): Promise<SubmittedLinkReply> {
  const link = await openReplyLink(options.token);
  if (link.kind === "not_found") return link;
  if (link.kind !== "ok") return { kind: "gone", reason: link.kind, number: link.number };
  const parsed = replySchema.safeParse(options.body);
  if (!parsed.success) return { kind: "invalid", issues: ticketIssues(parsed.error) };
  const rate = await limitWrite({ kind: "linkReply", subject: link.ticketId });
  if (!rate.ok) return { kind: "rate_limited", retryAfterSeconds: rate.retryAfterSeconds };
  try {
    const { status } = await addCustomerReply({ replier: { kind: "link", ticketId: link.ticketId }, body: parsed.data.message });
    return { kind: "sent", number: link.ticket.number, status };
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { kind: "gone", reason: "closed", number: link.ticket.number };
    throw error;
  }
}
