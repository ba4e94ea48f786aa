import fc from "fast-check";
import { ENTRY_TYPES, SIGN_RULES } from "./entry-types";
import { NEW_DEVICE_WINDOW_MS } from "./detect-unauthorized-debit";
import type { AccountHistory, LedgerEntry, Login } from "./schema";

// fast-check generators of valid AccountHistory values for the engine's property tests. Few
// devices, few counterparties and coarse times on purpose: collisions (ties, repeat payees, a
// payee posted exactly at a device's first login) are where the rules are easiest to get wrong.

const BASE_MS = Date.UTC(2024, 8, 1);
export const MINUTE = 60_000;
export const iso = (ms: number) => new Date(ms).toISOString();

const entryDraft = fc.record({
  type: fc.constantFrom(...ENTRY_TYPES),
  magnitude: fc.integer({ min: 1, max: 20_000 }),
  isNegativeAdjustment: fc.boolean(),
  isPending: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  counterparty: fc.option(fc.constantFrom("merchant:canteen", "merchant:shoe-store", "user:wang_fang", "user:stranger"), { nil: null }),
  deviceId: fc.option(fc.constantFrom("dev_phone", "dev_tablet", "dev_new"), { nil: null }),
  userDisputed: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
});

/** Valid AccountHistory values; `minuteOffsets` decides ties (few distinct minutes -> many ties). */
function historyArbitrary(minuteOffsets: fc.Arbitrary<number[]>) {
  return fc
    .record({
      currency: fc.constantFrom("CNY", "JPY", "USD"),
      openingBalanceMinor: fc.integer({ min: -5_000, max: 5_000 }),
      offsets: minuteOffsets,
      drafts: fc.array(entryDraft, { maxLength: 40 }),
      logins: fc.array(
        fc.record({
          at: fc.integer({ min: -200, max: 400 }).map((m) => iso(BASE_MS + m * 10 * MINUTE)),
          deviceId: fc.option(fc.constantFrom("dev_phone", "dev_tablet", "dev_new"), { nil: null }),
        }),
        { maxLength: 6 },
      ),
      asOfMinute: fc.option(fc.integer({ min: 0, max: 4_000 }), { nil: null }),
    })
    .map(({ currency, openingBalanceMinor, offsets, drafts, logins, asOfMinute }): AccountHistory => {
      const count = Math.min(offsets.length, drafts.length);
      const entries: LedgerEntry[] = drafts.slice(0, count).map((draft, i) => {
        const rule = SIGN_RULES[draft.type];
        const isDebit = rule === "debit" || (rule === "either" && draft.isNegativeAdjustment);
        return {
          id: `e${i + 1}`,
          type: draft.type,
          amountMinor: isDebit ? -draft.magnitude : draft.magnitude,
          occurredAt: iso(BASE_MS + offsets[i]! * MINUTE),
          status: draft.isPending ? "PENDING" : "POSTED",
          counterparty: draft.counterparty,
          deviceId: draft.deviceId,
          userDisputed: draft.userDisputed,
        };
      });
      const needsAsOf = asOfMinute !== null || (entries.length === 0 && logins.length === 0);
      return {
        account: { id: "acc_lin", currency, openingBalanceMinor },
        ...(needsAsOf ? { asOf: iso(BASE_MS + (asOfMinute ?? 0) * MINUTE) } : {}),
        entries,
        logins,
      };
    });
}

export const anyHistory = historyArbitrary(fc.array(fc.integer({ min: 0, max: 60 }).map((m) => m * 60), { maxLength: 40 }));
export const historyWithDistinctTimes = historyArbitrary(fc.uniqueArray(fc.integer({ min: 0, max: 5_000 }), { maxLength: 40 }));

/** A debit the thief's device makes, `minutesAfterLogin` after its first login (inside the window). */
const theftDraft = fc.record({
  type: fc.constantFrom("PAYMENT" as const, "TRANSFER_OUT" as const, "WITHDRAWAL" as const),
  magnitude: fc.integer({ min: 1, max: 20_000 }),
  minutesAfterLogin: fc.integer({ min: 0, max: NEW_DEVICE_WINDOW_MS / MINUTE }),
});
type TheftDraft = typeof theftDraft extends fc.Arbitrary<infer T> ? T : never;

type Takeover = {
  base: AccountHistory;
  /** First login of dev_thief, which no other login or entry of `base` mentions. */
  firstLoginMs: number;
  payee: string;
  thefts: TheftDraft[];
};

/**
 * Any history, then a takeover: the owner's usual device has logged in before, a device never
 * seen before (dev_thief) logs in at some point of the history and pays `payee` inside its 72 hours.
 */
export function takeoverArbitrary(payee: fc.Arbitrary<string>, theftCount = { minLength: 1, maxLength: 4 }) {
  return fc.record({
    base: anyHistory,
    firstLoginMs: fc.integer({ min: -60, max: 4_000 }).map((m) => BASE_MS + m * MINUTE),
    payee,
    thefts: fc.array(theftDraft, theftCount),
  });
}

/** The takeover as a history, diagnosed as of `asOf` (by default its latest timestamp, so no theft is cut off). */
export function buildTakeoverHistory({ base, firstLoginMs, payee, thefts }: Takeover, asOf?: string): AccountHistory {
  const logins: Login[] = [
    ...(base.logins ?? []),
    { at: iso(firstLoginMs - 7 * 24 * 60 * MINUTE), deviceId: "dev_owner" },
    { at: iso(firstLoginMs), deviceId: "dev_thief" },
  ];
  const theftEntries: LedgerEntry[] = thefts.map((theft, i) => ({
    id: `theft${i + 1}`,
    type: theft.type,
    amountMinor: -theft.magnitude,
    occurredAt: iso(firstLoginMs + theft.minutesAfterLogin * MINUTE),
    status: "POSTED",
    counterparty: payee,
    deviceId: "dev_thief",
  }));
  const history = { ...base, entries: [...base.entries, ...theftEntries], logins };
  return { ...history, asOf: asOf ?? latestTimestamp(history) };
}

/** The latest of a history's asOf, entry and login times. */
export function latestTimestamp(history: AccountHistory): string {
  const times = [...history.entries.map((e) => e.occurredAt), ...(history.logins ?? []).map((l) => l.at)].map(Date.parse);
  return iso(Math.max(history.asOf ? Date.parse(history.asOf) : -Infinity, ...times));
}
