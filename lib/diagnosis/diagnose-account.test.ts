import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnoseAccount } from "./diagnose-account";
import { parseAccountHistory } from "./parse-account-history";
import type { AccountHistory } from "./schema";
import { buildEntry as entry, buildHistory, CONTRACT_EXAMPLE_DIAGNOSIS } from "./test-factories";

const FIXTURES = path.resolve(__dirname, "../../tests/fixtures/histories");

function loadFixture(name: string): AccountHistory {
  const parsed = parseAccountHistory(JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")));
  if (!parsed.ok) throw new Error(`fixture ${name} is invalid`);
  return parsed.history;
}

describe("diagnoseAccount", () => {
  it("gives the contract's example answer, keys in the example's order", () => {
    const diagnosis = diagnoseAccount(loadFixture("contract-example.json"));
    expect(diagnosis).toEqual(CONTRACT_EXAMPLE_DIAGNOSIS);
    // JSON output follows insertion order: the CLI and the API print the keys as the contract shows them.
    expect(Object.keys(diagnosis)).toEqual(Object.keys(CONTRACT_EXAMPLE_DIAGNOSIS));
  });

  it("splits a mixed deficit by cause, largest first, after partial repayments", () => {
    const diagnosis = diagnoseAccount(loadFixture("mixed-causes.json"));
    expect(diagnosis).toMatchObject({
      balanceMinor: -2000,
      wentNegativeAt: "2024-09-04T10:00:00.000Z",
      primaryCause: "OVERDRAFT",
      amountToRestoreMinor: 2000,
      urgent: false,
      actions: ["TOP_UP", "PLAN_SPENDING", "REVIEW_PROMO_TERMS", "CONTACT_SUPPORT", "CONTACT_MERCHANT"],
    });
    expect(diagnosis.causes.map(({ cause, amountMinor, entryIds }) => ({ cause, amountMinor, entryIds }))).toEqual([
      { cause: "OVERDRAFT", amountMinor: 700, entryIds: ["e10"] },
      { cause: "PROMO", amountMinor: 600, entryIds: ["e6"] },
      { cause: "OTHER", amountMinor: 400, entryIds: ["e8"] },
      { cause: "REFUND", amountMinor: 300, entryIds: ["e5"] },
    ]);
  });

  it("reports a non-negative balance with no cause and no action", () => {
    const history = buildHistory({
      entries: [entry("e1", "TOP_UP", 5000, "2024-09-01T10:00:00Z"), entry("e2", "PAYMENT", -5000, "2024-09-02T10:00:00Z")],
    });
    expect(diagnoseAccount(history)).toEqual({
      accountId: "acc_lin",
      asOf: "2024-09-02T10:00:00.000Z",
      balanceMinor: 0,
      isNegative: false,
      wentNegativeAt: null,
      primaryCause: null,
      causes: [],
      amountToRestoreMinor: 0,
      urgent: false,
      unauthorizedDebits: [],
      unauthorizedTotalMinor: 0,
      actions: [],
    });
  });

  it("keeps file order between entries with the same timestamp", () => {
    const reversal = entry("e1", "REFUND_REVERSAL", -600, "2024-09-04T10:00:00Z");
    const clawback = entry("e2", "PROMO_CLAWBACK", -600, "2024-09-04T10:00:00Z");
    const first = diagnoseAccount(buildHistory({ entries: [reversal, clawback] }));
    expect(first.primaryCause).toBe("REFUND");
    expect(first.causes.map((c) => c.cause)).toEqual(["REFUND", "PROMO"]);
    const swapped = diagnoseAccount(buildHistory({ entries: [clawback, reversal] }));
    expect(swapped.primaryCause).toBe("PROMO");
    expect(swapped.causes.map((c) => c.cause)).toEqual(["PROMO", "REFUND"]);
  });

  it("sorts by time, not by position in the file", () => {
    const history = buildHistory({
      entries: [
        entry("e2", "PAYMENT", -8000, "2024-09-05T10:00:00Z"),
        entry("e1", "TOP_UP", 10000, "2024-09-01T10:00:00Z"),
        entry("e3", "FEE", -3000, "2024-09-06T10:00:00+08:00"),
      ],
    });
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.balanceMinor).toBe(-1000);
    expect(diagnosis.wentNegativeAt).toBe("2024-09-06T02:00:00.000Z");
    expect(diagnosis.causes).toMatchObject([{ cause: "OVERDRAFT", amountMinor: 1000, entryIds: ["e3"] }]);
  });

  it("ignores entries after asOf", () => {
    const history = buildHistory({
      asOf: "2024-09-10T00:00:00Z",
      entries: [
        entry("e1", "PROMO_CLAWBACK", -1500, "2024-09-09T23:59:59Z"),
        entry("e2", "TOP_UP", 1500, "2024-09-10T00:00:01Z"),
        entry("e3", "FEE", -100, "2024-09-10T00:00:00Z"),
      ],
    });
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.asOf).toBe("2024-09-10T00:00:00.000Z");
    expect(diagnosis.balanceMinor).toBe(-1600);
    expect(diagnosis.causes.map((c) => [c.cause, c.amountMinor])).toEqual([["PROMO", 1500], ["OVERDRAFT", 100]]);
  });

  it("defaults asOf to the latest timestamp among entries, logins and security events", () => {
    const entries = [entry("e1", "TOP_UP", 100, "2024-09-01T10:00:00Z"), entry("e2", "FEE", -50, "2024-09-02T10:00:00Z", { status: "PENDING" })];
    expect(diagnoseAccount(buildHistory({ entries })).asOf).toBe("2024-09-02T10:00:00.000Z");
    const logins = [{ at: "2024-09-03T08:00:00+08:00", deviceId: "dev_phone" }];
    expect(diagnoseAccount(buildHistory({ entries, logins })).asOf).toBe("2024-09-03T00:00:00.000Z");
    const securityEvents = [{ at: "2024-09-04T00:00:00Z", type: "PASSWORD_CHANGED" as const }];
    expect(diagnoseAccount(buildHistory({ entries, logins, securityEvents })).asOf).toBe("2024-09-04T00:00:00.000Z");
  });

  it("shows pending entries nowhere in the balance", () => {
    const history = buildHistory({
      entries: [
        entry("e1", "TOP_UP", 1000, "2024-09-01T10:00:00Z"),
        entry("e2", "PAYMENT", -5000, "2024-09-02T10:00:00Z", { status: "PENDING" }),
        entry("e3", "FEE", -1500, "2024-09-03T10:00:00Z"),
        entry("e4", "TOP_UP", 9000, "2024-09-04T10:00:00Z", { status: "PENDING" }),
      ],
    });
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.balanceMinor).toBe(-500);
    expect(diagnosis.causes).toMatchObject([{ cause: "OVERDRAFT", amountMinor: 500, entryIds: ["e3"] }]);
  });

  it("repays the oldest lots first, across several lots", () => {
    const history = buildHistory({
      entries: [
        entry("e1", "FEE", -300, "2024-09-01T10:00:00Z"),
        entry("e2", "REFUND_REVERSAL", -500, "2024-09-02T10:00:00Z"),
        entry("e3", "PROMO_CLAWBACK", -200, "2024-09-03T10:00:00Z"),
        entry("e4", "TOP_UP", 600, "2024-09-04T10:00:00Z"),
      ],
    });
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.balanceMinor).toBe(-400);
    // e1 is repaid in full, e2 down to 200; REFUND and PROMO tie at 200 and REFUND's lot is older.
    expect(diagnosis.causes.map(({ cause, amountMinor, entryIds }) => ({ cause, amountMinor, entryIds }))).toEqual([
      { cause: "REFUND", amountMinor: 200, entryIds: ["e2"] },
      { cause: "PROMO", amountMinor: 200, entryIds: ["e3"] },
    ]);
    expect(diagnosis.primaryCause).toBe("REFUND");
  });

  it("only counts the part of a debit that lies below zero", () => {
    const history = buildHistory({
      entries: [entry("e1", "TOP_UP", 1000, "2024-09-01T10:00:00Z"), entry("e2", "WITHDRAWAL", -2500, "2024-09-02T10:00:00Z")],
    });
    expect(diagnoseAccount(history).causes).toMatchObject([{ cause: "OVERDRAFT", amountMinor: 1500, entryIds: ["e2"] }]);
  });

  it("dates wentNegativeAt from the last crossing below zero", () => {
    const history = buildHistory({
      entries: [
        entry("e1", "FEE", -100, "2024-09-01T10:00:00Z"),
        entry("e2", "TOP_UP", 500, "2024-09-02T10:00:00Z"),
        entry("e3", "PAYMENT", -700, "2024-09-03T10:00:00Z"),
        entry("e4", "FEE", -100, "2024-09-04T10:00:00Z"),
      ],
    });
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.wentNegativeAt).toBe("2024-09-03T10:00:00.000Z");
    expect(diagnosis.causes).toMatchObject([{ cause: "OVERDRAFT", amountMinor: 400, entryIds: ["e3", "e4"] }]);
  });

  it("gives the tie to the cause of the oldest lot even when it is listed later in the file", () => {
    const history = buildHistory({
      entries: [
        entry("e9", "ADJUSTMENT", -400, "2024-09-05T10:00:00Z"),
        entry("e1", "PROMO_CLAWBACK", -400, "2024-09-01T10:00:00Z"),
      ],
    });
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.primaryCause).toBe("PROMO");
    expect(diagnosis.actions).toEqual(["TOP_UP", "REVIEW_PROMO_TERMS", "CONTACT_SUPPORT"]);
  });

  describe("a negative opening balance", () => {
    const account = { id: "acc_lin", currency: "CNY", openingBalanceMinor: -1000 };

    it("is an OTHER lot without an entry, so the causes still add up", () => {
      const diagnosis = diagnoseAccount(buildHistory({ account, asOf: "2024-09-01T00:00:00Z" }));
      expect(diagnosis).toMatchObject({
        balanceMinor: -1000,
        wentNegativeAt: null,
        primaryCause: "OTHER",
        amountToRestoreMinor: 1000,
        actions: ["TOP_UP", "CONTACT_SUPPORT"],
      });
      expect(diagnosis.causes).toMatchObject([{ cause: "OTHER", amountMinor: 1000, entryIds: [] }]);
      expect(diagnosis.causes[0]?.explanation.en).toContain("the opening balance (-CN¥10.00)");
    });

    it("is the oldest lot, repaid first", () => {
      const history = buildHistory({
        account,
        entries: [entry("e1", "FEE", -300, "2024-09-01T10:00:00Z"), entry("e2", "TOP_UP", 1100, "2024-09-02T10:00:00Z")],
      });
      const diagnosis = diagnoseAccount(history);
      expect(diagnosis.balanceMinor).toBe(-200);
      expect(diagnosis.causes).toMatchObject([{ cause: "OVERDRAFT", amountMinor: 200, entryIds: ["e1"] }]);
      expect(diagnosis.wentNegativeAt).toBeNull();
    });

    it("no longer matters once the balance recovered and crossed again", () => {
      const history = buildHistory({
        account,
        entries: [entry("e1", "TOP_UP", 1500, "2024-09-01T10:00:00Z"), entry("e2", "PAYMENT", -800, "2024-09-02T10:00:00Z")],
      });
      expect(diagnoseAccount(history)).toMatchObject({
        balanceMinor: -300,
        wentNegativeAt: "2024-09-02T10:00:00.000Z",
        causes: [{ cause: "OVERDRAFT", amountMinor: 300, entryIds: ["e2"] }],
      });
    });
  });

  it("fills in defaults for histories built in code", () => {
    const diagnosis = diagnoseAccount({
      account: { id: "acc_lin", currency: "JPY" },
      entries: [{ id: "e1", type: "FEE", amountMinor: -500, occurredAt: "2024-09-01T10:00:00Z", status: "POSTED" }],
    });
    expect(diagnosis).toMatchObject({
      asOf: "2024-09-01T10:00:00.000Z",
      balanceMinor: -500,
      causes: [{ cause: "OVERDRAFT", amountMinor: 500, entryIds: ["e1"], explanation: { en: expect.stringContaining("fee e1 (¥500") } }],
    });
  });
});
