import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { buildBalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import { AppError } from "@/lib/errors/app-error";
import { findAccountTicket } from "@/lib/tickets/find-account-ticket";
import type { LedgerQuery } from "./ledger-query";
import { loadAccountHistory } from "./load-account-history";
import { readLedgerPage } from "./read-ledger-page";

type Options = { actor: SessionUser | null; accountId: string; ledger: LedgerQuery; ip?: string | null };

/**
 * Everything the agent's account page shows, for exactly one access-log row per page view
 * (naming the ticket the agent came from, when it is about this account): summary, diagnosis and timeline,
 * one ledger page, logins and devices, security events, promotions used, related tickets.
 */
export async function getAccountWorkspace({ actor, accountId, ledger, ip }: Options) {
  assertCan(actor, "accounts.view");
  const account = await db.walletAccount.findUnique({
    where: { id: accountId },
    select: { id: true, ownerName: true, phoneMasked: true, email: true, status: true, twoFactorEnabled: true, currency: true, balanceMinor: true, createdAt: true },
  });
  if (!account) throw new AppError("NOT_FOUND", "account not found");
  const ticket = ledger.ticket ? await findAccountTicket({ accountId, number: ledger.ticket }) : null;
  await recordAudit({
    actor, action: "account.view", targetType: "WalletAccount", targetId: accountId, accountId, ip,
    metadata: ticket ? { ticketId: ticket.id, ticketNumber: ticket.number } : {},
  });

  const [history, page, logins, devices, securityEvents, promotions, tickets] = await Promise.all([
    loadAccountHistory({ accountId }),
    readLedgerPage({ accountId, query: ledger }),
    db.login.findMany({ where: { accountId }, orderBy: { at: "desc" }, take: 20, select: { id: true, at: true, ip: true, location: true, succeeded: true, device: { select: { label: true } } } }),
    db.device.findMany({ where: { accountId }, orderBy: { firstSeenAt: "desc" }, take: 20, select: { id: true, label: true, platform: true, firstSeenAt: true, lastSeenAt: true, trusted: true } }),
    db.securityEvent.findMany({ where: { accountId }, orderBy: { at: "desc" }, take: 20, select: { id: true, type: true, at: true, device: { select: { label: true } } } }),
    db.promotion.findMany({ where: { entries: { some: { accountId } } }, orderBy: { startsAt: "desc" }, take: 20, select: { id: true, code: true, kind: true, nameZh: true, nameEn: true } }),
    db.ticket.findMany({ where: { accountId }, orderBy: { number: "desc" }, take: 20, select: { number: true, subject: true, status: true, priority: true, createdAt: true } }),
  ]);
  if (!history) throw new AppError("NOT_FOUND", "account not found");
  const diagnosis = diagnoseAccount(history);
  return { account, ticket, diagnosis, timeline: buildBalanceTimeline(history), ledger: page, logins, devices, securityEvents, promotions, tickets };
}
