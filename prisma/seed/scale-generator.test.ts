import { describe, expect, it } from "vitest";
import { SIGN_RULES } from "@/lib/diagnosis/entry-types";
import { diagnoseForTest, type OracleEntry } from "@/tests/contract-oracle";
import type { LoginRow } from "./factories";
import { DEMO_NOW } from "./demo-clock";
import { emptyBatch, entriesPerAccount, generateScaleAccount } from "./scale-generator";

const ACCOUNTS = 2_000;
const ENTRIES = 40_000;
const counts = entriesPerAccount(ACCOUNTS, ENTRIES);
const batch = emptyBatch();
for (let i = 0; i < ACCOUNTS; i++) generateScaleAccount(batch, i + 1, counts[i] as number, ["promo_luckin_weekly"]);
const e = batch.entries;

function entriesOf(accountId: string): OracleEntry[] {
  const rows: OracleEntry[] = [];
  e.id.forEach((id, i) => {
    if (e.accountId[i] !== accountId) return;
    rows.push({
      id, type: e.type[i]!, amountMinor: e.amountMinor[i]!, occurredAt: new Date(e.occurredAt[i]! * 1000), status: e.status[i]!,
      counterparty: e.counterparty[i] ?? null, deviceId: e.deviceId[i] ?? null, userDisputed: false,
    });
  });
  return rows;
}

describe("the synthetic benchmark accounts", () => {
  it("split the requested number of entries over the accounts, busy and quiet ones alike", () => {
    expect(counts.reduce((a, b) => a + b, 0)).toBe(ENTRIES);
    expect(e.id).toHaveLength(ENTRIES);
    expect(Math.max(...counts)).toBeGreaterThan(Math.min(...counts) * 2);
  });

  it("obey the sign rules the database checks", () => {
    const wrong = e.type.filter((type, i) => (SIGN_RULES[type] === "credit" ? e.amountMinor[i]! <= 0 : SIGN_RULES[type] === "debit" ? e.amountMinor[i]! >= 0 : e.amountMinor[i] === 0));
    expect(wrong).toEqual([]);
  });

  it("cache each balance as the opening balance plus the entries, and about one in eleven ends negative", () => {
    const sums = new Map<string, number>();
    e.accountId.forEach((id, i) => sums.set(id, (sums.get(id) ?? 0) + e.amountMinor[i]!));
    const a = batch.accounts;
    a.id.forEach((id, i) => expect(a.balanceMinor[i], id).toBe(a.openingBalanceMinor[i]! + (sums.get(id) ?? 0)));
    const negativeShare = a.balanceMinor.filter((b) => b < 0).length / ACCOUNTS;
    expect(negativeShare).toBeGreaterThan(0.05);
    expect(negativeShare).toBeLessThan(0.13);
  });

  it("use ids that sort in load order, so index inserts append", () => {
    expect([...e.id].sort()).toEqual(e.id);
    expect(new Set(e.id).size).toBe(e.id.length);
    expect([...batch.accounts.id].sort()).toEqual(batch.accounts.id);
  });

  it("link only to earlier entries of the same account and date nothing after the demo's now", () => {
    const position = new Map(e.id.map((id, i) => [id, i]));
    const broken = e.relatedEntryId.filter((related, i) => related !== null && !(position.get(related)! < i && related.startsWith(`${e.accountId[i]}_`)));
    expect(broken).toEqual([]);
    expect(Math.max(...e.occurredAt)).toBeLessThanOrEqual(DEMO_NOW.getTime() / 1000);
  });

  it("end negative for a contract cause, never as an unauthorized-looking debit", () => {
    const negative = batch.accounts.id.filter((_, i) => batch.accounts.balanceMinor[i]! < 0).slice(0, 60);
    for (const accountId of negative) {
      const i = batch.accounts.id.indexOf(accountId);
      const logins: LoginRow[] = batch.logins.id.flatMap((id, j) => (batch.logins.accountId[j] === accountId ? [{ id, accountId, deviceId: batch.logins.deviceId[j]!, ip: batch.logins.ip[j]!, at: new Date(batch.logins.at[j]! * 1000) }] : []));
      const result = diagnoseForTest(batch.accounts.openingBalanceMinor[i]!, entriesOf(accountId), logins, DEMO_NOW);
      expect(result.balanceMinor, accountId).toBe(batch.accounts.balanceMinor[i]);
      expect(["REFUND", "PROMO", "OVERDRAFT"], accountId).toContain(result.primaryCause);
      expect(result.urgent, accountId).toBe(false);
    }
  });

  it("are the same on every run", () => {
    const again = emptyBatch();
    for (let i = 0; i < 50; i++) generateScaleAccount(again, i + 1, counts[i] as number, ["promo_luckin_weekly"]);
    expect(again.entries.id).toEqual(e.id.slice(0, again.entries.id.length));
    expect(again.entries.amountMinor).toEqual(e.amountMinor.slice(0, again.entries.id.length));
  });
});
