import { describe, expect, it } from "vitest";
import { diagnoseAccount } from "./diagnose-account";
import type { LedgerEntry, Login } from "./schema";
import { buildEntry as entry, buildHistory } from "./test-factories";

// Rule 3 through the whole engine. Lin's phone has logged in since August; at 02:00 on 5 September
// a device never seen before logs in, and at 03:00 money leaves the account through it.
const PHONE_LOGIN: Login = { at: "2024-08-01T08:00:00Z", deviceId: "dev_phone" };
const NEW_DEVICE_LOGIN: Login = { at: "2024-09-05T02:00:00Z", deviceId: "dev_new" };
const TOP_UP = entry("e1", "TOP_UP", 1000, "2024-08-01T09:00:00Z", { counterparty: "bank:6222-1234", deviceId: "dev_phone" });
const THEFT_AT = "2024-09-05T03:00:00Z";

function diagnoseTheft(theft: Partial<LedgerEntry>, { logins = [PHONE_LOGIN, NEW_DEVICE_LOGIN], before = [] as LedgerEntry[] } = {}) {
  const debit = entry("e9", "TRANSFER_OUT", -5000, THEFT_AT, {
    counterparty: "user:stranger-8812",
    deviceId: "dev_new",
    ...theft,
  });
  return diagnoseAccount(buildHistory({ entries: [TOP_UP, ...before, debit], logins }));
}

describe("unauthorized debits (rule 3)", () => {
  it("flags a new device paying a new payee after another device's login as HACK", () => {
    const diagnosis = diagnoseTheft({});
    expect(diagnosis).toMatchObject({
      primaryCause: "HACK",
      causes: [{ cause: "HACK", amountMinor: 4000, entryIds: ["e9"] }],
      urgent: true,
      // The whole deficit is the theft: no TOP_UP (contract version 3).
      actions: ["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"],
    });
  });

  it.each(["PAYMENT", "WITHDRAWAL"] as const)("flags a %s the same way", (type) => {
    expect(diagnoseTheft({ type }).primaryCause).toBe("HACK");
  });

  it("does not flag a new device paying someone the account dealt with before", () => {
    const before = [entry("e2", "TRANSFER_IN", 300, "2024-08-20T10:00:00Z", { counterparty: "user:stranger-8812" })];
    const diagnosis = diagnoseTheft({}, { before });
    expect(diagnosis.primaryCause).toBe("OVERDRAFT");
    expect(diagnosis.urgent).toBe(false);
    expect(diagnosis.actions).toEqual(["TOP_UP", "PLAN_SPENDING"]);
  });

  it("does not count a payee seen only on a pending entry as known", () => {
    // PENDING entries are shown but never counted: a payment that never went through is no history.
    const before = [entry("e2", "PAYMENT", -100, "2024-08-20T10:00:00Z", { counterparty: "user:stranger-8812", status: "PENDING" })];
    expect(diagnoseTheft({}, { before }).primaryCause).toBe("HACK");
  });

  it("counts a payee as known only when posted before the device's first login", () => {
    const justBefore = [entry("e2", "TRANSFER_IN", 300, "2024-09-05T01:59:59Z", { counterparty: "user:stranger-8812" })];
    expect(diagnoseTheft({}, { before: justBefore }).primaryCause).toBe("OVERDRAFT");
    const atFirstLogin = [entry("e2", "TRANSFER_IN", 300, NEW_DEVICE_LOGIN.at, { counterparty: "user:stranger-8812" })];
    expect(diagnoseTheft({}, { before: atFirstLogin }).primaryCause).toBe("HACK");
    // Money from the stranger after the device appeared (a thief testing the account) does not vouch for them.
    const afterFirstLogin = [entry("e2", "TRANSFER_IN", 300, "2024-09-05T02:30:00Z", { counterparty: "user:stranger-8812" })];
    expect(diagnoseTheft({}, { before: afterFirstLogin }).causes).toMatchObject([{ cause: "HACK", amountMinor: 3700, entryIds: ["e9"] }]);
  });

  it("does not count a payee that only appears later", () => {
    const later = entry("e10", "TRANSFER_IN", 100, "2024-09-05T04:00:00Z", { counterparty: "user:stranger-8812" });
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [later, TOP_UP, entry("e9", "TRANSFER_OUT", -5000, THEFT_AT, { counterparty: "user:stranger-8812", deviceId: "dev_new" })],
        logins: [PHONE_LOGIN, NEW_DEVICE_LOGIN],
      }),
    );
    expect(diagnosis.causes).toMatchObject([{ cause: "HACK", amountMinor: 3900 }]);
  });

  it("flags a debit without a counterparty when the device rule holds", () => {
    expect(diagnoseTheft({ counterparty: null }).primaryCause).toBe("HACK");
  });

  it("flags a device whose first login is exactly 72 hours before the debit", () => {
    const logins = [PHONE_LOGIN, { at: "2024-09-02T03:00:00Z", deviceId: "dev_new" }];
    expect(diagnoseTheft({}, { logins }).primaryCause).toBe("HACK");
  });

  it("does not flag a device first seen more than 72 hours before the debit", () => {
    const logins = [PHONE_LOGIN, { at: "2024-09-02T02:59:59Z", deviceId: "dev_new" }, NEW_DEVICE_LOGIN];
    const diagnosis = diagnoseTheft({}, { logins });
    expect(diagnosis.primaryCause).toBe("OVERDRAFT");
    expect(diagnosis.urgent).toBe(false);
  });

  it("does not flag a device whose first recorded login comes after the debit", () => {
    const logins = [PHONE_LOGIN, { at: "2024-09-05T03:00:01Z", deviceId: "dev_new" }];
    expect(diagnoseTheft({}, { logins }).primaryCause).toBe("OVERDRAFT");
  });

  it("does not flag a device that never logged in", () => {
    expect(diagnoseTheft({}, { logins: [PHONE_LOGIN] }).primaryCause).toBe("OVERDRAFT");
  });

  it("does not flag a debit without a device", () => {
    expect(diagnoseTheft({ deviceId: null }).primaryCause).toBe("OVERDRAFT");
  });

  it("needs a login from another device before the new device's first login", () => {
    const onlyNewDevice = diagnoseTheft({}, { logins: [NEW_DEVICE_LOGIN] });
    expect(onlyNewDevice.primaryCause).toBe("OVERDRAFT");
    const phoneAfterwards = diagnoseTheft({}, { logins: [NEW_DEVICE_LOGIN, { at: "2024-09-05T02:30:00Z", deviceId: "dev_phone" }] });
    expect(phoneAfterwards.primaryCause).toBe("OVERDRAFT");
    const sameInstant = diagnoseTheft({}, { logins: [NEW_DEVICE_LOGIN, { at: NEW_DEVICE_LOGIN.at, deviceId: "dev_phone" }] });
    expect(sameInstant.primaryCause).toBe("OVERDRAFT");
  });

  it("treats an earlier login without a device as another device", () => {
    const logins = [{ at: "2024-08-01T08:00:00Z", deviceId: null }, NEW_DEVICE_LOGIN];
    expect(diagnoseTheft({}, { logins }).primaryCause).toBe("HACK");
  });

  it("uses the earliest login when the other device is the account's first", () => {
    // dev_new's first login is the earliest overall; dev_phone logs in later: nothing earlier.
    const logins = [{ at: "2024-09-05T01:00:00Z", deviceId: "dev_new" }, { at: "2024-09-05T01:30:00Z", deviceId: "dev_phone" }];
    expect(diagnoseTheft({}, { logins }).primaryCause).toBe("OVERDRAFT");
  });

  it("flags whatever the user disputes, even from a known device to a known payee", () => {
    const diagnosis = diagnoseTheft({ deviceId: "dev_phone", counterparty: "bank:6222-1234", userDisputed: true });
    expect(diagnosis.primaryCause).toBe("HACK");
    expect(diagnosis.urgent).toBe(true);
  });

  it("never calls a disputed fee a hack, and a disputed fee is not urgent", () => {
    const diagnosis = diagnoseTheft({ type: "FEE", userDisputed: true });
    expect(diagnosis.primaryCause).toBe("OVERDRAFT");
    expect(diagnosis.urgent).toBe(false);
  });

  it("is urgent even when the balance stays positive", () => {
    const diagnosis = diagnoseTheft({ amountMinor: -400 });
    expect(diagnosis).toMatchObject({
      balanceMinor: 600,
      isNegative: false,
      primaryCause: null,
      causes: [],
      urgent: true,
      actions: ["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"],
    });
  });

  it("is urgent for an unauthorized debit that is still pending", () => {
    const diagnosis = diagnoseTheft({ status: "PENDING" });
    expect(diagnosis.balanceMinor).toBe(1000);
    expect(diagnosis.urgent).toBe(true);
  });

  it("is not urgent for an unauthorized debit after asOf", () => {
    const history = buildHistory({
      asOf: "2024-09-05T02:59:59Z",
      entries: [TOP_UP, entry("e9", "TRANSFER_OUT", -5000, THEFT_AT, { counterparty: "user:x", deviceId: "dev_new" })],
      logins: [PHONE_LOGIN, NEW_DEVICE_LOGIN],
    });
    expect(diagnoseAccount(history).urgent).toBe(false);
  });

  it("flags every transfer to a payee the new device introduced, not only the first", () => {
    // The contract's amended rule 3: a thief paying the same stranger twice makes two thefts,
    // never an overdraft.
    const history = buildHistory({
      entries: [
        TOP_UP,
        entry("e8", "TRANSFER_OUT", -1000, "2024-09-05T02:50:00Z", { counterparty: "user:mule", deviceId: "dev_new" }),
        entry("e9", "TRANSFER_OUT", -2000, THEFT_AT, { counterparty: "user:mule", deviceId: "dev_new" }),
        entry("e10", "PAYMENT", -500, "2024-09-07T12:00:00Z", { counterparty: "user:mule", deviceId: "dev_new" }),
      ],
      logins: [PHONE_LOGIN, NEW_DEVICE_LOGIN],
    });
    const diagnosis = diagnoseAccount(history);
    expect(diagnosis.causes).toMatchObject([{ cause: "HACK", amountMinor: 2500, entryIds: ["e9", "e10"] }]);
    expect(diagnosis.primaryCause).toBe("HACK");
  });

  it("stops flagging the payee once the device is older than 72 hours", () => {
    const history = buildHistory({
      entries: [
        TOP_UP,
        entry("e8", "TRANSFER_OUT", -500, THEFT_AT, { counterparty: "user:mule", deviceId: "dev_new" }),
        entry("e9", "TRANSFER_OUT", -2000, "2024-09-08T02:00:01Z", { counterparty: "user:mule", deviceId: "dev_new" }),
      ],
      logins: [PHONE_LOGIN, NEW_DEVICE_LOGIN],
    });
    expect(diagnoseAccount(history).causes).toMatchObject([{ cause: "OVERDRAFT", amountMinor: 1500, entryIds: ["e9"] }]);
  });
});
