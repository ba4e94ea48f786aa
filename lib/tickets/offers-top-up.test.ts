import { describe, expect, it } from "vitest";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import type { LedgerEntry, Login } from "@/lib/diagnosis/schema";
import { buildEntry as entry, buildHistory } from "@/lib/diagnosis/test-factories";
import { offersTopUp } from "./offers-top-up";

// Lin's phone has signed in since August; at 02:00 on 5 September a device never seen before
// signs in and sends money to a stranger. Each expectation is written by hand from issue 17:
// an agent may advise a top-up only when part of the deficit is the customer's own.
const logins: Login[] = [
  { at: "2024-08-01T08:00:00Z", deviceId: "dev_phone" },
  { at: "2024-09-05T02:00:00Z", deviceId: "dev_new" },
];
const salary = (amountMinor: number) => entry("e1", "TOP_UP", amountMinor, "2024-08-01T09:00:00Z", { counterparty: "bank:6222-1234", deviceId: "dev_phone" });
const theft = (id: string, amountMinor: number, occurredAt: string) => entry(id, "TRANSFER_OUT", amountMinor, occurredAt, { counterparty: "user:mule", deviceId: "dev_new" });
const offersFor = (entries: LedgerEntry[]) => offersTopUp(diagnoseAccount(buildHistory({ entries, logins })));

describe("offersTopUp", () => {
  it("refuses a deficit that is all theft (¥1,500 then ¥3,000 sent to a stranger: -¥1,500, all under investigation)", () => {
    expect(offersFor([salary(150_000), theft("e2", -300_000, "2024-09-05T02:58:00Z")])).toBe(false);
  });

  it("offers it when the customer's own fee also lies below zero after a theft: that part is theirs to pay", () => {
    expect(offersFor([salary(300_000), theft("e2", -300_000, "2024-09-05T02:58:00Z"), entry("e3", "FEE", -500, "2024-09-06T09:00:00Z", { deviceId: "dev_phone" })])).toBe(true);
  });

  it("offers it for an ordinary deficit: a refund taken back after the money was spent", () => {
    const spent = entry("e2", "PAYMENT", -8_000, "2024-08-02T09:00:00Z", { counterparty: "merchant:京东", deviceId: "dev_phone" });
    const reversal = entry("e3", "REFUND_REVERSAL", -5_000, "2024-08-03T09:00:00Z", { counterparty: "merchant:京东" });
    expect(offersFor([salary(10_000), spent, reversal])).toBe(true);
  });

  it("refuses it on a positive balance, robbed or not: there is nothing to top up", () => {
    expect(offersFor([salary(100_000), theft("e2", -26_000, "2024-09-05T13:50:00Z")])).toBe(false);
    expect(offersFor([salary(100_000)])).toBe(false);
  });

  it("refuses it for a ticket linked to no account (no diagnosis, no known deficit)", () => {
    expect(offersTopUp(null)).toBe(false);
  });
});
