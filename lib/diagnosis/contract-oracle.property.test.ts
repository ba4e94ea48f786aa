import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnoseForTest } from "@/tests/contract-oracle";
import { buildBalanceTimeline } from "./build-balance-timeline";
import { diagnoseAccount } from "./diagnose-account";
import type { AccountHistory } from "./schema";
import { anyHistory, buildTakeoverHistory, historyWithDistinctTimes, latestTimestamp, takeoverArbitrary } from "./test-arbitraries";

// Two readings of the contract, held to each other: the engine (one pass, indexes, typed arrays)
// and tests/contract-oracle.ts (plain, quadratic, written from the contract's wording).

function engineReading(history: AccountHistory) {
  const diagnosis = diagnoseAccount(history);
  return {
    balanceMinor: diagnosis.balanceMinor,
    wentNegativeAt: diagnosis.wentNegativeAt,
    primaryCause: diagnosis.primaryCause,
    causes: diagnosis.causes.map(({ cause, amountMinor, entryIds }) => ({ cause, amountMinor, entryIds })),
    urgent: diagnosis.urgent,
    unauthorizedEntryIds: buildBalanceTimeline(history).points.filter((p) => p.unauthorized).map((p) => p.entryId),
    unauthorizedDebits: diagnosis.unauthorizedDebits,
    unauthorizedTotalMinor: diagnosis.unauthorizedTotalMinor,
    advisesTopUp: diagnosis.actions.includes("TOP_UP"),
  };
}

function oracleReading(history: AccountHistory) {
  const entries = history.entries.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) }));
  const logins = (history.logins ?? []).map((l) => ({ at: new Date(l.at), deviceId: l.deviceId }));
  const asOf = new Date(history.asOf ?? latestTimestamp(history));
  const result = diagnoseForTest(history.account.openingBalanceMinor ?? 0, entries, logins, asOf);
  return {
    ...result,
    wentNegativeAt: result.wentNegativeAt?.toISOString() ?? null,
    unauthorizedDebits: result.unauthorizedDebits.map((debit) => ({ ...debit, occurredAt: debit.occurredAt.toISOString() })),
  };
}

const payee = fc.constantFrom("user:mule", "user:stranger", "merchant:canteen");
const takeover = takeoverArbitrary(payee).map((t) => buildTakeoverHistory(t));

describe("the engine and the contract oracle", () => {
  it.each([
    ["any history (ties, pending entries, disputes, few devices and payees)", anyHistory],
    ["histories with distinct times", historyWithDistinctTimes],
    ["takeovers on top of any history", takeover],
  ] as const)("agree on %s", (_name, histories) => {
    fc.assert(
      fc.property(histories, (history) => {
        expect(engineReading(history)).toEqual(oracleReading(history));
      }),
      { numRuns: 500 },
    );
  });
});
