import type { EntryType } from "./entry-types";
import type { AccountHistory, LedgerEntry } from "./schema";

// Factories for the engine's tests. Lin Mei (acc_lin) is the everyday wallet user of the
// fixtures: phone dev_phone, a few merchants she pays regularly.

export function buildEntry(
  id: string,
  type: EntryType,
  amountMinor: number,
  occurredAt: string,
  overrides: Partial<LedgerEntry> = {},
): LedgerEntry {
  return { id, type, amountMinor, occurredAt, status: "POSTED", ...overrides };
}

export function buildHistory(overrides: Partial<AccountHistory> = {}): AccountHistory {
  return {
    account: { id: "acc_lin", currency: "CNY", openingBalanceMinor: 0 },
    entries: [],
    logins: [],
    securityEvents: [],
    ...overrides,
  };
}
