import { describe, expect, it } from "vitest";
import { classifyDebit } from "./classify-debit";
import { diagnoseAccount } from "./diagnose-account";
import type { Cause, EntryType } from "./entry-types";
import { buildEntry, buildHistory } from "./test-factories";

// Rule 2, one row per debit type of the contract's table.
const RULE_2: [EntryType, Cause, Cause][] = [
  // type, cause when authorized, cause when unauthorized
  ["REFUND_REVERSAL", "REFUND", "REFUND"],
  ["TRANSFER_RECALL", "REFUND", "REFUND"],
  ["RISK_HOLD", "REFUND", "REFUND"],
  ["PROMO_CLAWBACK", "PROMO", "PROMO"],
  ["PAYMENT", "OVERDRAFT", "HACK"],
  ["TRANSFER_OUT", "OVERDRAFT", "HACK"],
  ["WITHDRAWAL", "OVERDRAFT", "HACK"],
  ["FEE", "OVERDRAFT", "OVERDRAFT"],
  ["ADJUSTMENT", "OTHER", "OTHER"],
];

describe("classifyDebit", () => {
  it.each(RULE_2)("%s -> %s, or %s when unauthorized", (type, authorized, unauthorized) => {
    expect(classifyDebit(type, false)).toBe(authorized);
    expect(classifyDebit(type, true)).toBe(unauthorized);
  });

  it.each(RULE_2)("a disputed %s that empties the account is diagnosed as %s", (type, _authorized, disputed) => {
    const history = buildHistory({
      entries: [buildEntry("e1", type, -2500, "2024-09-10T08:00:00Z", { userDisputed: true })],
    });
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.primaryCause).toBe(disputed);
    expect(diagnosis.causes).toMatchObject([{ cause: disputed, amountMinor: 2500, entryIds: ["e1"] }]);
  });
});
