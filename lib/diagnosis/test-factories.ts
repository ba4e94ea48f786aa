import { expect } from "vitest";
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

/**
 * The contract's example answer (tests/fixtures/histories/contract-example.json), checked by
 * hand. The sentences are pinned word for word in explain-cause.test.ts; elsewhere they only
 * have to be there, in both locales, naming the entry.
 */
export const CONTRACT_EXAMPLE_DIAGNOSIS = {
  accountId: "acc_1",
  asOf: "2024-09-12T00:00:00.000Z",
  balanceMinor: -3000,
  isNegative: true,
  wentNegativeAt: "2024-09-10T08:00:00.000Z",
  primaryCause: "REFUND",
  causes: [{ cause: "REFUND", amountMinor: 3000, entryIds: ["e7"], explanation: { en: expect.stringContaining("e7"), "zh-CN": expect.stringContaining("e7") } }],
  amountToRestoreMinor: 3000,
  urgent: false,
  unauthorizedDebits: [],
  unauthorizedTotalMinor: 0,
  actions: ["TOP_UP", "CONTACT_MERCHANT"],
};
