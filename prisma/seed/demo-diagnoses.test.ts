// The product's engine over every demo account, in memory: the same rows the database holds,
// turned into AccountHistory by the same mapping lib/accounts/load-account-history.ts uses.
import { describe, expect, it } from "vitest";
import { toAccountHistory } from "@/lib/accounts/to-account-history";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import type { AccountHistory } from "@/lib/diagnosis/schema";
import { buildDemoDataset } from "./build-demo-dataset";
import { DEMO_NOW } from "./demo-clock";
import { SCENARIOS } from "./scenarios";

const data = buildDemoDataset();

function historyOf(accountId: string): AccountHistory {
  const account = data.accounts.find((a) => a.id === accountId);
  if (!account) throw new Error(`missing ${accountId}`);
  return toAccountHistory({
    account,
    asOf: DEMO_NOW,
    // Written in time order per account, like the database's (occurredAt, seq) order.
    entries: data.entries.filter((e) => e.accountId === accountId),
    logins: data.logins.filter((l) => l.accountId === accountId && l.succeeded !== false),
    securityEvents: data.securityEvents.filter((s) => s.accountId === accountId),
  });
}

describe("the diagnosis engine on the demo world", () => {
  it.each(SCENARIOS.map((s) => [s.key, s] as const))("diagnoses %s as its story says", (_key, scenario) => {
    const diagnosis = diagnoseAccount(historyOf(scenario.accountId));
    expect(diagnosis.primaryCause).toBe(scenario.expectedPrimaryCause);
    expect(diagnosis.urgent).toBe(scenario.expectedUrgent);
    expect(diagnosis.balanceMinor).toBe(data.accounts.find((a) => a.id === scenario.accountId)?.balanceMinor);
  });

  it("puts securing the account first for a takeover, and asks for no top-up of a deficit that is all theft", () => {
    const diagnosis = diagnoseAccount(historyOf("acc_zhao_lei"));
    expect(diagnosis.actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"]);
    expect(diagnosis.causes.map((c) => c.cause)).toEqual(["HACK"]);
    expect(diagnosis.causes[0]?.entryIds).toEqual(["ent_zhao_lei_hack_withdrawal", "ent_zhao_lei_hack_payment"]);
    // The ¥3,000 transfer at 02:58 left ¥1,500 and is no part of the deficit; he must still see it.
    expect(diagnosis.unauthorizedDebits.map((d) => [d.entryId, d.amountMinor])).toEqual([
      ["ent_zhao_lei_hack_transfer", 300_000],
      ["ent_zhao_lei_hack_withdrawal", 250_000],
      ["ent_zhao_lei_hack_payment", 80_000],
    ]);
    expect(diagnosis.unauthorizedTotalMinor).toBe(630_000);
  });

  it("calls a thief's second transfer to the same stranger theft, not overspending", () => {
    // Read literally, the old rule 3 made the ¥700 the second transfer overdrew an OVERDRAFT.
    const diagnosis = diagnoseAccount(historyOf("acc_james_wilson"));
    expect(diagnosis.causes.map(({ cause, amountMinor, entryIds }) => ({ cause, amountMinor, entryIds }))).toEqual([
      { cause: "HACK", amountMinor: 110_000, entryIds: ["ent_james_wilson_hack_transfer_2", "ent_james_wilson_hack_withdrawal"] },
    ]);
  });
});
