import "server-only";
import { db } from "@/lib/db";
import type { AccountHistory } from "@/lib/diagnosis/schema";
import { toAccountHistory } from "./to-account-history";

type LoadAccountHistoryOptions = { accountId: string; asOf?: Date };

/**
 * Turns one account's rows into the diagnosis engine's plain input. Entries come in
 * (occurredAt, seq) order, so equal timestamps keep their insertion order: the database's
 * "order in the file". Only successful logins count as logins for the unauthorized-debit rule.
 */
export async function loadAccountHistory({ accountId, asOf }: LoadAccountHistoryOptions): Promise<AccountHistory | null> {
  const at = asOf ?? new Date();
  // One snapshot (REPEATABLE READ): an entry posted between the reads cannot make the account row,
  // the entries and the logins disagree. Rows after asOf are left out in SQL, not in memory.
  const [account, entries, logins, securityEvents] = await db.$transaction(
    async (tx) => [
      await tx.walletAccount.findUnique({ where: { id: accountId }, select: { id: true, currency: true, openingBalanceMinor: true } }),
      await tx.ledgerEntry.findMany({
        where: { accountId, occurredAt: { lte: at } },
        orderBy: [{ occurredAt: "asc" }, { seq: "asc" }],
        select: {
          id: true, type: true, amountMinor: true, occurredAt: true, status: true, counterparty: true,
          deviceId: true, relatedEntryId: true, promoId: true, userDisputed: true,
        },
      }),
      await tx.login.findMany({ where: { accountId, succeeded: true, at: { lte: at } }, orderBy: { at: "asc" }, select: { at: true, deviceId: true, ip: true } }),
      await tx.securityEvent.findMany({ where: { accountId, at: { lte: at } }, orderBy: { at: "asc" }, select: { at: true, type: true, deviceId: true } }),
    ] as const,
    // A busy pool queues the snapshot (maxWait) instead of failing it; a 200,000-entry history
    // under load can take seconds to read (timeout).
    { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: 30_000 },
  );
  if (!account) return null;
  return toAccountHistory({ account, asOf: at, entries, logins, securityEvents });
}
