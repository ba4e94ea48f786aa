import { afterEach, describe, expect, it } from "vitest";
import { diagnoseAccount } from "./diagnose-account";
import { buildEntry as entry, buildHistory } from "./test-factories";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

// The one place the sentences are pinned word for word, in both locales. Other tests (the engine,
// the command line, the API) check that an explanation exists in both and names its entries.
describe("explanations", () => {
  it("give the entry's full amount and the part of the deficit it explains", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [entry("e1", "TOP_UP", 2000, "2024-09-01T10:00:00Z"), entry("e7", "REFUND_REVERSAL", -5000, "2024-09-10T08:00:00Z")],
      }),
    );
    expect(diagnosis.causes[0]?.explanation).toEqual({
      en: "Money was taken back or held after it had been spent: refund reversal e7 (CN¥50.00, 2024-09-10). This accounts for CN¥30.00 of the negative balance.",
      "zh-CN": "之前入账的款项在花掉后被撤回或冻结：2024-09-10 退款撤回 e7（¥50.00）。当前欠款中有 ¥30.00 由此造成。",
    });
  });

  it("name every entry of a short cause with its amount and UTC date", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [
          entry("e1", "RISK_HOLD", -1200, "2024-09-10T23:30:00-02:00"),
          entry("e2", "TRANSFER_RECALL", -800, "2024-09-12T01:00:00+08:00"),
        ],
      }),
    );
    expect(diagnosis.causes[0]?.explanation).toEqual({
      en: "Money was taken back or held after it had been spent: risk-control hold e1 (CN¥12.00, 2024-09-11) and transfer recall e2 (CN¥8.00, 2024-09-11). This accounts for CN¥20.00 of the negative balance.",
      "zh-CN": "之前入账的款项在花掉后被撤回或冻结：2024-09-11 风控冻结 e1（¥12.00）、2024-09-11 误转追回 e2（¥8.00）。当前欠款中有 ¥20.00 由此造成。",
    });
  });

  it("name the opening balance when the history starts in debt", () => {
    const history = buildHistory({ account: { id: "acc_lin", currency: "CNY", openingBalanceMinor: -1000 }, asOf: "2024-09-01T00:00:00Z" });
    expect(diagnoseAccount(history).causes[0]?.explanation).toEqual({
      en: "The balance was already negative when this history starts: the opening balance (-CN¥10.00). This accounts for CN¥10.00 of the negative balance.",
      "zh-CN": "这段记录开始时余额已经为负：期初余额（-¥10.00）。当前欠款中有 ¥10.00 由此造成。",
    });
  });

  it("do not depend on the server's time zone", () => {
    const history = buildHistory({ entries: [entry("e1", "FEE", -100, "2024-09-10T23:30:00Z")] });
    process.env.TZ = "Asia/Shanghai";
    const inShanghai = diagnoseAccount(history);
    process.env.TZ = "America/Los_Angeles";
    const inLosAngeles = diagnoseAccount(history);
    expect(inShanghai).toEqual(inLosAngeles);
    expect(inShanghai.causes[0]?.explanation.en).toContain("fee e1 (CN¥1.00, 2024-09-10)");
  });

  it("name the first three entries of a long cause and count the rest", () => {
    const entries = [1, 2, 3, 4, 5].map((day) => entry(`p${day}`, "PAYMENT", -100 * day, `2024-09-0${day}T12:00:00Z`));
    const explanation = diagnoseAccount(buildHistory({ entries })).causes[0]?.explanation;
    expect(explanation?.en).toBe(
      "Spending went through while the balance was too low: payment p1 (CN¥1.00, 2024-09-01), payment p2 (CN¥2.00, 2024-09-02), payment p3 (CN¥3.00, 2024-09-03) and 2 more. This accounts for CN¥15.00 of the negative balance.",
    );
    expect(explanation?.["zh-CN"]).toBe(
      "余额不足时仍有支出入账：2024-09-01 付款 p1（¥1.00）、2024-09-02 付款 p2（¥2.00）、2024-09-03 付款 p3（¥3.00） 以及另外 2 笔。当前欠款中有 ¥15.00 由此造成。",
    );
  });

  it("explain hacks, promotions and support adjustments in their own words", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        account: { id: "acc_lin", currency: "JPY", openingBalanceMinor: -300 },
        entries: [
          entry("e1", "PROMO_CLAWBACK", -500, "2024-09-01T12:00:00Z"),
          entry("e2", "WITHDRAWAL", -700, "2024-09-02T12:00:00Z", { userDisputed: true }),
          entry("e3", "ADJUSTMENT", -100, "2024-09-03T12:00:00Z"),
        ],
      }),
    );
    expect(diagnosis.causes.map((cause) => cause.explanation.en)).toEqual([
      "These debits look unauthorized (reported by you, or made from a device first seen within 72 hours, to someone this account had not dealt with before that device appeared): withdrawal e2 (¥700, 2024-09-02). This accounts for ¥700 of the negative balance.",
      "A promotion credit was clawed back because its terms were not met: promotion clawback e1 (¥500, 2024-09-01). This accounts for ¥500 of the negative balance.",
      "A manual correction by support, and a balance already negative when this history starts: the opening balance (-¥300) and support adjustment e3 (¥100, 2024-09-03). This accounts for ¥400 of the negative balance.",
    ]);
    expect(diagnosis.causes[2]?.explanation["zh-CN"]).toBe(
      "客服人工调账，以及记录开始时余额已经为负：期初余额（-JP¥300）、2024-09-03 人工调账 e3（JP¥100）。当前欠款中有 JP¥400 由此造成。",
    );
  });
});
