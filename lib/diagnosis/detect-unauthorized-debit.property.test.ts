import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBalanceTimeline } from "./build-balance-timeline";
import { diagnoseAccount } from "./diagnose-account";
import type { AccountHistory } from "./schema";
import { MINUTE, anyHistory, buildTakeoverHistory, iso, latestTimestamp, takeoverArbitrary } from "./test-arbitraries";

// Rule 3 as amended (shared/diagnosis-contract.md): a payee is known only from a POSTED entry
// dated before the paying device's first login.

const hackOf = (history: AccountHistory) => {
  const cause = diagnoseAccount(history).causes.find((c) => c.cause === "HACK");
  return { amountMinor: cause?.amountMinor ?? 0, entryIds: cause?.entryIds ?? [] };
};
const unauthorizedIds = (history: AccountHistory) =>
  buildBalanceTimeline(history).points.filter((p) => p.unauthorized).map((p) => p.entryId);

describe("unauthorized debits (rule 3) properties", () => {
  it("never moves an amount out of HACK when the thief pays the same stranger again", () => {
    const scenario = fc.record({
      takeover: takeoverArbitrary(fc.constant("user:mule")),
      more: takeoverArbitrary(fc.constant("user:mule")).map((t) => t.thefts),
    });
    fc.assert(
      fc.property(scenario, ({ takeover, more }) => {
        const all = { ...takeover, thefts: [...takeover.thefts, ...more] };
        const asOf = buildTakeoverHistory(all).asOf!;
        const before = buildTakeoverHistory(takeover, asOf);
        const after = buildTakeoverHistory(all, asOf);

        const theftIds = all.thefts.map((_, i) => `theft${i + 1}`);
        const flaggedAfter = unauthorizedIds(after);
        expect(flaggedAfter).toEqual(expect.arrayContaining([...unauthorizedIds(before), ...theftIds]));
        const hackBefore = hackOf(before);
        const hackAfter = hackOf(after);
        expect(hackAfter.amountMinor).toBeGreaterThanOrEqual(hackBefore.amountMinor);
        expect(hackAfter.entryIds).toEqual(expect.arrayContaining(hackBefore.entryIds));
        const overdraft = diagnoseAccount(after).causes.find((c) => c.cause === "OVERDRAFT");
        expect(overdraft?.entryIds ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^theft/)]));
      }),
      { numRuns: 300 },
    );
  });

  it("lists every theft in full (contract version 3), whatever the balance and the deficit", () => {
    // user:mule is on no entry of the base history, so each of the thief's debits is unauthorized.
    let outsideDeficit = 0;
    fc.assert(
      fc.property(takeoverArbitrary(fc.constant("user:mule")), (takeover) => {
        const history = buildTakeoverHistory(takeover);
        const diagnosis = diagnoseAccount(history);
        const listed = new Map(diagnosis.unauthorizedDebits.map((debit) => [debit.entryId, debit]));
        const inDeficit = new Set(diagnosis.causes.flatMap((c) => c.entryIds));
        takeover.thefts.forEach((theft, i) => {
          const id = `theft${i + 1}`;
          expect(listed.get(id), id).toEqual({
            entryId: id,
            amountMinor: theft.magnitude,
            occurredAt: iso(takeover.firstLoginMs + theft.minutesAfterLogin * MINUTE),
            counterparty: "user:mule",
          });
          if (!inDeficit.has(id)) outsideDeficit++;
        });
        expect(diagnosis.urgent).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Not vacuous: many thefts were listed although no part of them is owed now.
    expect(outsideDeficit).toBeGreaterThan(50);
  });

  it("gives [] and 0 for a history where no debit can be unauthorized", () => {
    // Without disputes, and without device ids or logins, rule 3 can hold for no debit.
    const strip = fc.constantFrom("devices", "logins");
    fc.assert(
      fc.property(anyHistory, strip, (history, what) => {
        const entries = history.entries.map((e) => ({ ...e, userDisputed: false, ...(what === "devices" ? { deviceId: null } : {}) }));
        const diagnosis = diagnoseAccount({ ...history, entries, logins: what === "logins" ? [] : history.logins });
        expect(diagnosis.unauthorizedDebits).toEqual([]);
        expect(diagnosis.unauthorizedTotalMinor).toBe(0);
        expect(diagnosis.urgent).toBe(false);
        expect(diagnosis.causes.map((c) => c.cause)).not.toContain("HACK");
        expect(diagnosis.actions.includes("TOP_UP")).toBe(diagnosis.isNegative);
      }),
      { numRuns: 300 },
    );
  });

  it("never calls a payment to a payee known before the device appeared a hack, unless disputed", () => {
    // The thief pays someone the history may already know, and sometimes the payee is introduced
    // by a posted transfer just before, exactly at, or just after the device's first login.
    const introduction = fc.option(fc.integer({ min: -2, max: 2 }), { nil: null });
    const payee = fc.constantFrom("merchant:canteen", "user:wang_fang", "user:stranger", "user:mule");
    let knownPayments = 0;
    fc.assert(
      fc.property(takeoverArbitrary(payee), introduction, (takeover, introducedAtMinute) => {
        let history = buildTakeoverHistory(takeover);
        if (introducedAtMinute !== null) {
          const at = iso(takeover.firstLoginMs + introducedAtMinute * MINUTE);
          history = { ...history, entries: [...history.entries, { id: "intro", type: "TRANSFER_IN", amountMinor: 100, occurredAt: at, status: "POSTED", counterparty: takeover.payee }] };
        }
        history = { ...history, asOf: latestTimestamp(history) };

        const asOfMs = Date.parse(history.asOf!);
        const firstLoginMs = (deviceId: string) =>
          Math.min(...(history.logins ?? []).filter((l) => l.deviceId === deviceId).map((l) => Date.parse(l.at)));
        const isKnownBefore = (counterparty: string, ms: number) =>
          history.entries.some((e) => e.status === "POSTED" && e.counterparty === counterparty && Date.parse(e.occurredAt) < ms && Date.parse(e.occurredAt) <= asOfMs);

        const hackIds = new Set(hackOf(history).entryIds);
        const byId = new Map(history.entries.map((e) => [e.id, e]));
        for (const point of buildBalanceTimeline(history).points) {
          const entry = byId.get(point.entryId)!;
          if (entry.amountMinor > 0 || entry.userDisputed || !entry.deviceId || !entry.counterparty) continue;
          if (!isKnownBefore(entry.counterparty, firstLoginMs(entry.deviceId))) continue;
          if (entry.deviceId === "dev_thief") knownPayments++;
          expect(point.unauthorized, entry.id).toBe(false);
          expect(hackIds.has(entry.id), entry.id).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: the thief did pay known payees.
    expect(knownPayments).toBeGreaterThan(50);
  });
});
