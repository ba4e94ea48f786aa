import { describe, expect, it } from "vitest";
import { unauthorizedDebitRows } from "./unauthorized-debit-rows";

// 赵磊's three thefts (docs/demo-data.md), written out by hand.
const diagnosis = {
  unauthorizedDebits: [
    { entryId: "ent_transfer", amountMinor: 300_000, occurredAt: "2026-11-16T18:58:00.000Z", counterparty: "user:林**(177****0938)" },
    { entryId: "ent_withdrawal", amountMinor: 250_000, occurredAt: "2026-11-16T19:05:00.000Z", counterparty: "bank:某城商银行(尾号8812)" },
    { entryId: "ent_payment", amountMinor: 80_000, occurredAt: "2026-11-16T19:12:00.000Z", counterparty: null },
  ],
};
const entries = [
  { id: "ent_salary", type: "TOP_UP" as const },
  { id: "ent_payment", type: "PAYMENT" as const },
  { id: "ent_withdrawal", type: "WITHDRAWAL" as const },
  { id: "ent_transfer", type: "TRANSFER_OUT" as const },
];

describe("unauthorizedDebitRows", () => {
  it("keeps the diagnosis's order and gives each debit its entry's type and the counterparty in words", () => {
    expect(unauthorizedDebitRows(diagnosis, entries)).toEqual([
      { entryId: "ent_transfer", type: "TRANSFER_OUT", amountMinor: 300_000, occurredAt: new Date("2026-11-16T18:58:00.000Z"), counterparty: "林**(177****0938)" },
      { entryId: "ent_withdrawal", type: "WITHDRAWAL", amountMinor: 250_000, occurredAt: new Date("2026-11-16T19:05:00.000Z"), counterparty: "某城商银行(尾号8812)" },
      { entryId: "ent_payment", type: "PAYMENT", amountMinor: 80_000, occurredAt: new Date("2026-11-16T19:12:00.000Z"), counterparty: "" },
    ]);
  });

  it("lists nothing for a diagnosis without unauthorized debits, and a null type for an entry it was not given", () => {
    expect(unauthorizedDebitRows({ unauthorizedDebits: [] }, entries)).toEqual([]);
    expect(unauthorizedDebitRows({ unauthorizedDebits: [diagnosis.unauthorizedDebits[0]!] }, [])[0]?.type).toBeNull();
  });
});
