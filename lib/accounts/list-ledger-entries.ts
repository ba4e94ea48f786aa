import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { LedgerQuery } from "./ledger-query";
import { readLedgerPage } from "./read-ledger-page";

/** A page of an account's ledger for staff (GET /api/agent/accounts/{id}/entries): one access-log row. */
export async function listLedgerEntries({ actor, accountId, query, ip }: { actor: SessionUser | null; accountId: string; query: LedgerQuery; ip?: string | null }) {
  assertCan(actor, "accounts.view");
  const account = await db.walletAccount.findUnique({ where: { id: accountId }, select: { id: true } });
  if (!account) throw new AppError("NOT_FOUND", "account not found");
  const page = await readLedgerPage({ accountId, query });
  await recordAudit({
    actor, action: "account.ledger.view", targetType: "WalletAccount", targetId: accountId, accountId, ip,
    metadata: { count: page.entries.length, ...(query.ticket ? { ticketNumber: query.ticket } : {}) },
  });
  return page;
}
