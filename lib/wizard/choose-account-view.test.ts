import { describe, expect, it } from "vitest";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import type { LedgerEntry, Login } from "@/lib/diagnosis/schema";
import { buildEntry as entry, buildHistory } from "@/lib/diagnosis/test-factories";
import { chooseAccountView } from "./choose-account-view";

// Lin's phone has logged in since August; at 02:00 on 5 September a device never seen before
// logs in and pays strangers. The expected views are written by hand from the brief (issue 17).
const logins: Login[] = [
  { at: "2024-08-01T08:00:00Z", deviceId: "dev_phone" },
  { at: "2024-09-05T02:00:00Z", deviceId: "dev_new" },
];
const salary = (amountMinor: number) => entry("e1", "TOP_UP", amountMinor, "2024-08-01T09:00:00Z", { counterparty: "bank:6222-1234", deviceId: "dev_phone" });
const theft = (id: string, amountMinor: number, occurredAt: string) => entry(id, "TRANSFER_OUT", amountMinor, occurredAt, { counterparty: "user:mule", deviceId: "dev_new" });
const viewOf = (entries: LedgerEntry[]) => chooseAccountView(diagnoseAccount(buildHistory({ entries, logins })));

describe("chooseAccountView", () => {
  it("a deficit that is all theft: the victim's view, no top-up asked, the countdown paused, leading to the takeover result", () => {
    expect(viewOf([salary(150_000), theft("e2", -300_000, "2024-09-05T02:58:00Z")])).toEqual({ kind: "victim", asksTopUp: false, countdown: "paused", result: "hack" });
  });

  it("theft on a balance that stays positive is still the victim's view, with no countdown, leading to the takeover result (not 'not sure')", () => {
    expect(viewOf([salary(100_000), theft("e2", -26_000, "2024-09-05T13:50:00Z")])).toEqual({ kind: "victim", asksTopUp: false, countdown: "none", result: "hack" });
  });

  it("theft plus the owner's own fee below zero: the victim's view, and the fee's part must be topped up, so the countdown runs", () => {
    const view = viewOf([salary(300_000), theft("e2", -300_000, "2024-09-05T02:58:00Z"), entry("e3", "FEE", -500, "2024-09-06T09:00:00Z", { deviceId: "dev_phone" })]);
    expect(view).toEqual({ kind: "victim", asksTopUp: true, countdown: "running", result: "hack" });
  });

  it("a disputed debit on a positive balance makes the victim's view", () => {
    expect(viewOf([salary(10_000), entry("e2", "PAYMENT", -1_000, "2024-08-02T09:00:00Z", { counterparty: "merchant:StreamMax", userDisputed: true })]).kind).toBe("victim");
  });

  it("a refund taken back below zero: the deficit view with a running countdown, leading to the refund result", () => {
    const view = viewOf([salary(10_000), entry("e2", "PAYMENT", -8_000, "2024-08-02T09:00:00Z", { counterparty: "merchant:京东", deviceId: "dev_phone" }), entry("e3", "REFUND_REVERSAL", -5_000, "2024-08-03T09:00:00Z", { counterparty: "merchant:京东" })]);
    expect(view).toEqual({ kind: "deficit", asksTopUp: true, countdown: "running", result: "refund" });
  });

  it("a manual correction below zero has no result of its own: 'not sure' asks support", () => {
    expect(viewOf([salary(1_000), entry("e2", "ADJUSTMENT", -3_000, "2024-08-02T09:00:00Z")])).toEqual({ kind: "deficit", asksTopUp: true, countdown: "running", result: "unsure" });
  });

  it("a balance that went below zero and was topped up again is healthy: nothing to top up, no countdown, nowhere to send the user", () => {
    const view = viewOf([salary(1_000), entry("e2", "PAYMENT", -3_000, "2024-08-02T09:00:00Z", { counterparty: "merchant:淘宝", deviceId: "dev_phone" }), entry("e3", "TOP_UP", 5_000, "2024-08-03T09:00:00Z", { deviceId: "dev_phone" })]);
    expect(view).toEqual({ kind: "healthy", asksTopUp: false, countdown: "none", result: null });
  });

  it("a zero balance is healthy", () => {
    expect(viewOf([salary(1_000), entry("e2", "PAYMENT", -1_000, "2024-08-02T09:00:00Z", { counterparty: "merchant:淘宝", deviceId: "dev_phone" })]).kind).toBe("healthy");
  });

  it("urgent with no posted unauthorized debit (a pending one) is still the victim's view", () => {
    const view = chooseAccountView({ isNegative: false, primaryCause: null, urgent: true, unauthorizedDebits: [], actions: ["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"] });
    expect(view).toEqual({ kind: "victim", asksTopUp: false, countdown: "none", result: "hack" });
  });
});
