import "server-only";
import { getAccountDiagnosis, type AccountDiagnosis } from "@/lib/accounts/get-account-diagnosis";
import { unauthorizedDebitRows, type UnauthorizedDebitRow } from "@/lib/accounts/unauthorized-debit-rows";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export type OwnTicketDebits = AccountDiagnosis & { rows: UnauthorizedDebitRow[] };

/**
 * What was taken from the account behind one of the actor's own tickets, from today's diagnosis
 * (not the one stored when the ticket was opened), as "check my account" and /me list it. Only
 * for the actor's own wallet account: a ticket linked to another account, or to none, gives null.
 * Someone else's ticket and a missing one are the same NOT_FOUND as getOwnTicket's.
 */
export async function getOwnTicketDebits({ actor, number }: { actor: SessionUser; number: number }): Promise<OwnTicketDebits | null> {
  const ticket = await db.ticket.findFirst({ where: { number, requesterId: actor.id }, select: { accountId: true } });
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  if (actor.role !== "WALLET_USER" || !ticket.accountId || ticket.accountId !== actor.walletAccountId) return null;
  const own = await getAccountDiagnosis({ actor, accountId: ticket.accountId });
  return { ...own, rows: unauthorizedDebitRows(own.diagnosis, own.timeline.points.map((p) => ({ id: p.entryId, type: p.type }))) };
}
