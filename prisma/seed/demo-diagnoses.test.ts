// The product's engine over every demo account, in memory: the same rows the database holds,
// turned into AccountHistory the way lib/accounts/load-account-history.ts does.
import { describe, expect, it } from "vitest";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import type { AccountHistory } from "@/lib/diagnosis/schema";
import { buildDemoDataset } from "./build-demo-dataset";
import { DEMO_NOW } from "./demo-clock";
import { SCENARIOS } from "./scenarios";

const data = buildDemoDataset();

function historyOf(accountId: string): AccountHistory {
  const account = data.accounts.find((a) => a.id === accountId);
  if (!account) throw new Error(`missing ${accountId}`);
  return {
    account: { id: account.id, currency: account.currency ?? "CNY", openingBalanceMinor: account.openingBalanceMinor ?? 0 },
    asOf: DEMO_NOW.toISOString(),
    // Written in time order per account, like the database's (occurredAt, seq) order.
    entries: data.entries
      .filter((e) => e.accountId === accountId)
      .map((e) => ({
        id: e.id, type: e.type, amountMinor: e.amountMinor, occurredAt: e.occurredAt.toISOString(), status: e.status,
        counterparty: e.counterparty ?? null, deviceId: e.deviceId ?? null, relatedEntryId: e.relatedEntryId ?? null, promoId: e.promoId ?? null, userDisputed: e.userDisputed ?? false,
      })),
    logins: data.logins.filter((l) => l.accountId === accountId && l.succeeded !== false).map((l) => ({ at: l.at.toISOString(), deviceId: l.deviceId ?? null, ip: l.ip })),
    securityEvents: data.securityEvents.filter((s) => s.accountId === accountId).map((s) => ({ at: s.at.toISOString(), type: s.type, deviceId: s.deviceId ?? null })),
  };
}

describe("the diagnosis engine on the demo world", () => {
  it.each(SCENARIOS.map((s) => [s.key, s] as const))("diagnoses %s as its story says", (_key, scenario) => {
    const diagnosis = diagnoseAccount(historyOf(scenario.accountId));
    expect(diagnosis.primaryCause).toBe(scenario.expectedPrimaryCause);
    expect(diagnosis.urgent).toBe(scenario.expectedUrgent);
    expect(diagnosis.balanceMinor).toBe(data.accounts.find((a) => a.id === scenario.accountId)?.balanceMinor);
  });

  it("puts securing the account first for a takeover", () => {
    const diagnosis = diagnoseAccount(historyOf("acc_zhao_lei"));
    expect(diagnosis.actions.slice(0, 2)).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"]);
    expect(diagnosis.causes[0]?.entryIds).toEqual(["ent_zhao_lei_hack_withdrawal", "ent_zhao_lei_hack_payment"]);
  });
});
