import { describe, expect, it } from "vitest";
import { chooseActions } from "./choose-actions";

describe("chooseActions", () => {
  it("suggests nothing for a healthy account", () => {
    expect(chooseActions({ isNegative: false, isUrgent: false, causes: [] })).toEqual([]);
  });

  it("puts securing the account before everything else when urgent", () => {
    const actions = chooseActions({
      isNegative: true,
      isUrgent: true,
      causes: [
        { cause: "OVERDRAFT", entryTypes: ["PAYMENT"] },
        { cause: "HACK", entryTypes: ["TRANSFER_OUT"] },
      ],
    });
    expect(actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED", "TOP_UP", "PLAN_SPENDING"]);
  });

  it("asks to secure the account even when nothing is owed", () => {
    expect(chooseActions({ isNegative: false, isUrgent: true, causes: [] })).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"]);
  });

  it("follows the causes from largest to smallest, each action once", () => {
    const actions = chooseActions({
      isNegative: true,
      isUrgent: false,
      causes: [
        { cause: "PROMO", entryTypes: ["PROMO_CLAWBACK", "PROMO_CLAWBACK"] },
        { cause: "OTHER", entryTypes: [null, "ADJUSTMENT"] },
        { cause: "REFUND", entryTypes: ["REFUND_REVERSAL", "RISK_HOLD"] },
        { cause: "OVERDRAFT", entryTypes: ["FEE"] },
      ],
    });
    expect(actions).toEqual(["TOP_UP", "REVIEW_PROMO_TERMS", "CONTACT_SUPPORT", "CONTACT_MERCHANT", "PLAN_SPENDING"]);
  });

  it("does not ask to top up a deficit made only of unauthorized debits (version 3)", () => {
    const actions = chooseActions({ isNegative: true, isUrgent: true, causes: [{ cause: "HACK", entryTypes: ["TRANSFER_OUT", "WITHDRAWAL"] }] });
    expect(actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"]);
  });

  it("asks to top up as soon as one open cause is not a hack, even a smaller one", () => {
    const actions = chooseActions({
      isNegative: true,
      isUrgent: true,
      causes: [
        { cause: "HACK", entryTypes: ["WITHDRAWAL"] },
        { cause: "REFUND", entryTypes: ["REFUND_REVERSAL"] },
      ],
    });
    expect(actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED", "TOP_UP", "CONTACT_MERCHANT"]);
    // A negative opening balance is an OTHER lot without an entry: it is owed too.
    const withOpening = chooseActions({ isNegative: true, isUrgent: true, causes: [{ cause: "HACK", entryTypes: ["PAYMENT"] }, { cause: "OTHER", entryTypes: [null] }] });
    expect(withOpening).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED", "TOP_UP", "CONTACT_SUPPORT"]);
  });

  it("sends refund reversals to the merchant, and recalls and risk holds to support", () => {
    const refund = (entryTypes: ("REFUND_REVERSAL" | "TRANSFER_RECALL" | "RISK_HOLD")[]) =>
      chooseActions({ isNegative: true, isUrgent: false, causes: [{ cause: "REFUND", entryTypes }] });
    expect(refund(["REFUND_REVERSAL"])).toEqual(["TOP_UP", "CONTACT_MERCHANT"]);
    expect(refund(["RISK_HOLD"])).toEqual(["TOP_UP", "CONTACT_SUPPORT"]);
    expect(refund(["TRANSFER_RECALL"])).toEqual(["TOP_UP", "CONTACT_SUPPORT"]);
    expect(refund(["RISK_HOLD", "REFUND_REVERSAL"])).toEqual(["TOP_UP", "CONTACT_SUPPORT", "CONTACT_MERCHANT"]);
  });
});
