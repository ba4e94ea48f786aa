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
  const account = await db.walletAccount.findUnique({
    where: { id: accountId },
    select: { id: true, currency: true, openingBalanceMinor: true },
  });
  if (!account) return null;
  const [entries, logins, securityEvents] = await Promise.all([
    db.ledgerEntry.findMany({
      where: { accountId },
      orderBy: [{ occurredAt: "asc" }, { seq: "asc" }],
      select: {
        id: true, type: true, amountMinor: true, occurredAt: true, status: true, counterparty: true,
        deviceId: true, relatedEntryId: true, promoId: true, userDisputed: true,
      },
    }),
    db.login.findMany({ where: { accountId, succeeded: true }, orderBy: { at: "asc" }, select: { at: true, deviceId: true, ip: true } }),
    db.securityEvent.findMany({ where: { accountId }, orderBy: { at: "asc" }, select: { at: true, type: true, deviceId: true } }),
  ]);
  return toAccountHistory({ account, asOf: asOf ?? new Date(), entries, logins, securityEvents });
}
