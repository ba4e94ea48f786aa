import { describe, expect, it } from "vitest";
import { buildDemoDataset } from "./build-demo-dataset";
import { diagnoseForTest, type OracleOptions } from "@/tests/contract-oracle";
import { DEMO_NOW } from "./demo-clock";
import { SCENARIOS } from "./scenarios";
import type { Situation } from "./story-types";

const data = buildDemoDataset();

function diagnose(accountId: string, options?: OracleOptions) {
  const account = data.accounts.find((a) => a.id === accountId);
  if (!account) throw new Error(`missing ${accountId}`);
  const entries = data.entries.filter((e) => e.accountId === accountId);
  const logins = data.logins.filter((l) => l.accountId === accountId);
  return diagnoseForTest(account.openingBalanceMinor ?? 0, entries, logins, DEMO_NOW, options);
}

const REQUIRED: Situation[] = [
  "refund-reversal",
  "transfer-recall",
  "risk-hold",
  "promo-clawback",
  "account-takeover",
  "disputed-payment",
  "overdraft-fee",
  "mixed-causes",
  "healthy",
];

describe("the demo scenarios", () => {
  it("list every seeded account exactly once", () => {
    expect(SCENARIOS.map((s) => s.accountId).sort()).toEqual(data.accounts.map((a) => a.id).sort());
    expect(new Set(SCENARIOS.map((s) => s.key)).size).toBe(SCENARIOS.length);
  });

  it.each(REQUIRED)("cover %s with at least two persona accounts", (situation) => {
    expect(SCENARIOS.filter((s) => s.situation === situation && s.hasPortalLogin).length).toBeGreaterThanOrEqual(2);
  });

  it.each(SCENARIOS.map((s) => [s.key, s] as const))("%s ends in the diagnosis its story claims", (_key, scenario) => {
    const result = diagnose(scenario.accountId);
    expect(result.primaryCause).toBe(scenario.expectedPrimaryCause);
    expect(result.urgent).toBe(scenario.expectedUrgent);
    expect(result.balanceMinor < 0).toBe(scenario.expectedPrimaryCause !== null);
    expect(data.accounts.find((a) => a.id === scenario.accountId)?.balanceMinor).toBe(result.balanceMinor);
  });

  it.each(SCENARIOS.map((s) => [s.key, s] as const))("%s reads the same whether or not a failed login counts as a device's first", (_key, scenario) => {
    expect(diagnose(scenario.accountId, { includeFailedLogins: true })).toEqual(diagnose(scenario.accountId));
  });

  it("leave more than one cause open in every mixed story, and the primary is the largest", () => {
    for (const scenario of SCENARIOS.filter((s) => s.situation === "mixed-causes")) {
      const { causes } = diagnose(scenario.accountId);
      expect(causes.length, scenario.key).toBeGreaterThanOrEqual(2);
      expect(causes[0]?.amountMinor, scenario.key).toBeGreaterThanOrEqual(causes[1]?.amountMinor ?? 0);
    }
  });

  it("repay the oldest debt first: the FIFO story's primary cause differs from the one with the biggest debit", () => {
    const { causes } = diagnose("acc_huang_tao");
    expect(causes).toEqual([
      { cause: "OVERDRAFT", amountMinor: 40_000, entryIds: expect.any(Array) },
      { cause: "REFUND", amountMinor: 30_000, entryIds: ["ent_huang_tao_reversal"] },
    ]);
  });

  it("show a takeover as a new device that logged in at most 72 hours before paying never-seen payees, locking the owner out", () => {
    for (const scenario of SCENARIOS.filter((s) => s.situation === "account-takeover")) {
      const account = data.accounts.find((a) => a.id === scenario.accountId);
      expect(["RESTRICTED", "FROZEN"], scenario.key).toContain(account?.status);
      const attacker = data.devices.find((d) => d.accountId === scenario.accountId && !d.trusted);
      expect(attacker, scenario.key).toBeDefined();
      const events = data.securityEvents.filter((e) => e.accountId === scenario.accountId && e.deviceId === attacker?.id).map((e) => e.type);
      expect(events, scenario.key).toEqual(expect.arrayContaining(["PASSWORD_CHANGED", "NEW_PAYEE_ADDED"]));
      const { unauthorizedEntryIds } = diagnose(scenario.accountId);
      expect(unauthorizedEntryIds.length, scenario.key).toBeGreaterThanOrEqual(2);
    }
  });

  it("let a new phone pay familiar merchants without looking like a takeover", () => {
    const entries = data.entries.filter((e) => e.accountId === "acc_chen_chen" && e.deviceId === "dev_chen_chen_new_phone");
    const firstLogin = data.devices.find((d) => d.id === "dev_chen_chen_new_phone")?.firstSeenAt as Date;
    expect(entries.some((e) => e.occurredAt.getTime() - firstLogin.getTime() < 72 * 3_600_000)).toBe(true);
    expect(diagnose("acc_chen_chen").unauthorizedEntryIds).toEqual([]);
  });
});
