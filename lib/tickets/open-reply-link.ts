import "server-only";
import { databaseNow } from "@/lib/database-now";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { REPORTER_VIEW_SELECT, toReporterView, type OwnTicket } from "./get-own-ticket";
import { checkReplyLink, readReplyLink } from "./reply-link";

export type OpenedReplyLink =
  | { kind: "ok"; ticketId: string; ticket: OwnTicket; expiresAt: Date }
  /** A real link that no longer opens its ticket: past its time, or the ticket was closed. */
  | { kind: "expired"; number: number }
  | { kind: "closed"; number: number }
  /** Not a link the portal made (guessed, altered, for a ticket that does not exist). */
  | { kind: "not_found" };

/**
 * The ticket behind an SMS reply link (decision 035), as its reporter may see it: public
 * messages only. A forged token and an unknown ticket are the same not_found, so links cannot
 * be probed; only a link the portal signed learns that it expired or that its ticket closed.
 */
export async function openReplyLink(token: string): Promise<OpenedReplyLink> {
  const claim = readReplyLink(token);
  if (!claim) return { kind: "not_found" };
  const ticket = await db.ticket.findUnique({ where: { number: claim.number }, select: { id: true, ...REPORTER_VIEW_SELECT } });
  if (!ticket) return { kind: "not_found" };
  const verdict = checkReplyLink({ secret: authSecret(), token, ticket, now: await databaseNow() });
  if (verdict === "forged") return { kind: "not_found" };
  if (verdict === "expired") return { kind: "expired", number: ticket.number };
  if (ticket.status === "CLOSED") return { kind: "closed", number: ticket.number };
  const { id, ...view } = ticket;
  return { kind: "ok", ticketId: id, ticket: toReporterView(view, null), expiresAt: claim.expiresAt };
}
