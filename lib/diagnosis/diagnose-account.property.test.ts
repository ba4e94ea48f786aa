import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBalanceTimeline } from "./build-balance-timeline";
import { diagnoseAccount } from "./diagnose-account";
import { SIGN_RULES } from "./entry-types";
import { parseAccountHistory } from "./parse-account-history";
import type { AccountHistory, LedgerEntry } from "./schema";
import { anyHistory, buildTakeoverHistory, historyWithDistinctTimes, takeoverArbitrary } from "./test-arbitraries";

function postedTotalUpTo(history: AccountHistory, asOfMs: number): number {
  return history.entries
    .filter((e) => e.status === "POSTED" && Date.parse(e.occurredAt) <= asOfMs)
    .reduce((sum, e) => sum + e.amountMinor, history.account.openingBalanceMinor ?? 0);
}

describe("diagnoseAccount properties", () => {
  it("never throws on a history that passed validation, and keeps its own invariants", () => {
    fc.assert(
      fc.property(anyHistory, (history) => {
        const parsed = parseAccountHistory(history);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const diagnosis = diagnoseAccount(parsed.history);
        expect(diagnosis.isNegative).toBe(diagnosis.balanceMinor < 0);
        expect(diagnosis.primaryCause).toBe(diagnosis.causes[0]?.cause ?? null);
        expect(diagnosis.wentNegativeAt === null || diagnosis.isNegative).toBe(true);
        const amounts = diagnosis.causes.map((cause) => cause.amountMinor);
        expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
        if (diagnosis.urgent) expect(diagnosis.actions.slice(0, 2)).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"]);
        // Version 3: TOP_UP exactly when something other than a theft is owed.
        expect(diagnosis.actions.includes("TOP_UP")).toBe(diagnosis.isNegative && diagnosis.causes.some((c) => c.cause !== "HACK"));
        const ids = diagnosis.causes.flatMap((cause) => cause.entryIds);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 400 },
    );
  });

  it("makes the causes add up to the amount to restore", () => {
    fc.assert(
      fc.property(anyHistory, (history) => {
        const diagnosis = diagnoseAccount(history);
        const total = diagnosis.causes.reduce((sum, cause) => sum + cause.amountMinor, 0);
        expect(total).toBe(diagnosis.amountToRestoreMinor);
        expect(diagnosis.amountToRestoreMinor).toBe(Math.max(0, -diagnosis.balanceMinor));
      }),
      { numRuns: 400 },
    );
  });

  it("lists unauthorized debits that add up to their total, and to no less than the HACK cause", () => {
    const payee = fc.constantFrom("user:mule", "user:stranger", "merchant:canteen");
    const histories = fc.oneof(anyHistory, takeoverArbitrary(payee).map((t) => buildTakeoverHistory(t)));
    let hackOnlyDeficits = 0;
    let mixedWithHack = 0;
    fc.assert(
      fc.property(histories, (history) => {
        const diagnosis = diagnoseAccount(history);
        const listed = diagnosis.unauthorizedDebits;
        expect(listed.reduce((sum, debit) => sum + debit.amountMinor, 0)).toBe(diagnosis.unauthorizedTotalMinor);
        for (const debit of listed) expect(debit.amountMinor).toBeGreaterThan(0);
        const hack = diagnosis.causes.find((c) => c.cause === "HACK");
        expect(diagnosis.unauthorizedTotalMinor).toBeGreaterThanOrEqual(hack?.amountMinor ?? 0);
        // Every entry behind the HACK cause is listed, with at least the part of it still owed.
        expect(listed.map((debit) => debit.entryId)).toEqual(expect.arrayContaining(hack?.entryIds ?? []));
        if (listed.length > 0) expect(diagnosis.urgent).toBe(true);
        if (hack && diagnosis.causes.length === 1) {
          hackOnlyDeficits++;
          expect(diagnosis.actions).not.toContain("TOP_UP");
        }
        if (hack && diagnosis.causes.length > 1) {
          mixedWithHack++;
          expect(diagnosis.actions).toContain("TOP_UP");
        }
      }),
      { numRuns: 400 },
    );
    // Not vacuous: both sides of the TOP_UP rule were met.
    expect(hackOnlyDeficits).toBeGreaterThan(20);
    expect(mixedWithHack).toBeGreaterThan(20);
  });

  it("computes the balance as the opening balance plus posted amounts up to asOf", () => {
    fc.assert(
      fc.property(anyHistory, (history) => {
        const diagnosis = diagnoseAccount(history);
        expect(diagnosis.balanceMinor).toBe(postedTotalUpTo(history, Date.parse(diagnosis.asOf)));
      }),
      { numRuns: 400 },
    );
  });

  it("does not care about file order when timestamps are distinct", () => {
    fc.assert(
      fc.property(historyWithDistinctTimes, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (history, keys) => {
        const sortKeys = history.entries.map(() => keys.next().value as number);
        const shuffled = history.entries.map((entry, i) => ({ entry, key: sortKeys[i]! })).sort((a, b) => a.key - b.key);
        const reordered = { ...history, entries: shuffled.map(({ entry }) => entry) };
        expect(diagnoseAccount(reordered)).toEqual(diagnoseAccount(history));
      }),
      { numRuns: 300 },
    );
  });

  it("clears every cause once a top-up covers the deficit", () => {
    fc.assert(
      fc.property(anyHistory, fc.integer({ min: 0, max: 5_000 }), (history, extra) => {
        const before = diagnoseAccount(history);
        const topUp: LedgerEntry = {
          id: "top-up-now",
          type: "TOP_UP",
          amountMinor: before.amountToRestoreMinor + extra + 1,
          occurredAt: before.asOf,
          status: "POSTED",
        };
        const after = diagnoseAccount({ ...history, asOf: before.asOf, entries: [...history.entries, topUp] });
        expect(after.causes).toEqual([]);
        expect(after.primaryCause).toBeNull();
        expect(after.balanceMinor).toBe(Math.max(0, before.balanceMinor) + extra + 1);
        expect(after.urgent).toBe(before.urgent);
      }),
      { numRuns: 300 },
    );
  });

  it("draws a timeline that agrees with the diagnosis", () => {
    fc.assert(
      fc.property(anyHistory, (history) => {
        const diagnosis = diagnoseAccount(history);
        const timeline = buildBalanceTimeline(history);
        expect(timeline.closingBalanceMinor).toBe(diagnosis.balanceMinor);
        const openingLot = Math.max(0, -(history.account.openingBalanceMinor ?? 0));
        const openFromEntries = timeline.points.reduce((sum, p) => sum + p.openDeficitMinor, 0);
        // Whatever the entries do not explain is what is left of the opening balance's lot.
        const openingRemainder = diagnosis.amountToRestoreMinor - openFromEntries;
        expect(openingRemainder).toBeGreaterThanOrEqual(0);
        expect(openingRemainder).toBeLessThanOrEqual(openingLot);
        const crossings = timeline.points.filter((p) => p.crossesBelowZero);
        expect(diagnosis.wentNegativeAt).toBe(diagnosis.isNegative ? (crossings.at(-1)?.occurredAt ?? null) : null);
        const inDeficit = timeline.points.filter((p) => p.inOpenDeficit).map((p) => p.entryId).sort();
        expect(inDeficit).toEqual(diagnosis.causes.flatMap((cause) => cause.entryIds).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseAccountHistory properties", () => {
  it("never throws on arbitrary JSON and names every error by a field path", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseAccountHistory(value);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.path).toMatch(/^(\(root\)|[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*)$/);
          expect(error.message).not.toBe("");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("catches a flipped sign wherever it is", () => {
    fc.assert(
      fc.property(anyHistory, fc.nat(), (history, pick) => {
        const signed = history.entries.filter((e) => SIGN_RULES[e.type] !== "either");
        fc.pre(signed.length > 0);
        const target = signed[pick % signed.length]!;
        const index = history.entries.indexOf(target);
        const entries = history.entries.map((e) => (e === target ? { ...e, amountMinor: -e.amountMinor } : e));
        const result = parseAccountHistory({ ...history, entries });
        const rule = SIGN_RULES[target.type];
        expect(result).toEqual({
          ok: false,
          errors: [
            {
              path: `entries[${index}].amountMinor`,
              message: `${target.type} must be a ${rule} (${rule === "credit" ? "> 0" : "< 0"})`,
            },
          ],
          errorCount: 1,
        });
      }),
      { numRuns: 200 },
    );
  });
});
