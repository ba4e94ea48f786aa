import { describe, expect, it } from "vitest";
import { diagnoseAccount } from "./diagnose-account";
import type { Login } from "./schema";
import { buildEntry as entry, buildHistory } from "./test-factories";

// Contract version 3: `unauthorizedDebits` lists everything the thief took, not only the part
// below zero, and TOP_UP is left out when the whole deficit is unauthorized debits. Lin's phone
// has logged in since August; at 02:00 on 5 September a device never seen before logs in.
const PHONE_LOGIN: Login = { at: "2024-08-01T08:00:00Z", deviceId: "dev_phone" };
const NEW_DEVICE_LOGIN: Login = { at: "2024-09-05T02:00:00Z", deviceId: "dev_new" };
const logins = [PHONE_LOGIN, NEW_DEVICE_LOGIN];
const salary = (amountMinor: number) => entry("e1", "TOP_UP", amountMinor, "2024-08-01T09:00:00Z", { counterparty: "bank:6222-1234", deviceId: "dev_phone" });
const theft = (id: string, type: "PAYMENT" | "TRANSFER_OUT" | "WITHDRAWAL", amountMinor: number, occurredAt: string, counterparty: string | null = "user:mule") =>
  entry(id, type, amountMinor, occurredAt, { counterparty, deviceId: "dev_new" });

describe("unauthorizedDebits and unauthorizedTotalMinor", () => {
  it("lists unauthorized debits on an account whose balance stays positive, and it is urgent", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [salary(10_000), theft("e2", "TRANSFER_OUT", -2_000, "2024-09-05T02:10:00Z"), theft("e3", "PAYMENT", -500, "2024-09-05T02:20:00Z", null)],
        logins,
      }),
    );
    expect(diagnosis).toMatchObject({ balanceMinor: 7_500, isNegative: false, causes: [], primaryCause: null, urgent: true });
    expect(diagnosis.unauthorizedDebits).toEqual([
      { entryId: "e2", amountMinor: 2_000, occurredAt: "2024-09-05T02:10:00.000Z", counterparty: "user:mule" },
      { entryId: "e3", amountMinor: 500, occurredAt: "2024-09-05T02:20:00.000Z", counterparty: null },
    ]);
    expect(diagnosis.unauthorizedTotalMinor).toBe(2_500);
    expect(diagnosis.actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"]);
  });

  it("lists the ¥3,000 transfer that emptied a positive balance although a later deficit is the owner's fee", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [
          salary(300_000),
          theft("e2", "TRANSFER_OUT", -300_000, "2024-09-05T02:58:00Z"),
          entry("e3", "FEE", -500, "2024-09-06T09:00:00Z", { deviceId: "dev_phone" }),
        ],
        logins,
      }),
    );
    // The transfer took the balance to exactly 0: it opens no lot and is no cause of the deficit.
    expect(diagnosis.causes.map(({ cause, amountMinor, entryIds }) => ({ cause, amountMinor, entryIds }))).toEqual([
      { cause: "OVERDRAFT", amountMinor: 500, entryIds: ["e3"] },
    ]);
    expect(diagnosis.unauthorizedDebits).toEqual([{ entryId: "e2", amountMinor: 300_000, occurredAt: "2024-09-05T02:58:00.000Z", counterparty: "user:mule" }]);
    expect(diagnosis.unauthorizedTotalMinor).toBe(300_000);
    expect(diagnosis.urgent).toBe(true);
    expect(diagnosis.actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED", "TOP_UP", "PLAN_SPENDING"]);
  });

  it("lists every theft in full when only the last one lies below zero", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [
          salary(300_000),
          theft("e2", "TRANSFER_OUT", -300_000, "2024-09-05T02:58:00Z"),
          theft("e3", "WITHDRAWAL", -250_000, "2024-09-05T03:05:00Z", "bank:6217-9999"),
        ],
        logins,
      }),
    );
    expect(diagnosis.causes).toMatchObject([{ cause: "HACK", amountMinor: 250_000, entryIds: ["e3"] }]);
    expect(diagnosis.unauthorizedDebits.map((d) => [d.entryId, d.amountMinor])).toEqual([["e2", 300_000], ["e3", 250_000]]);
    expect(diagnosis.unauthorizedTotalMinor).toBe(550_000);
  });

  it("counts debits the user disputed, and never a disputed fee", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [
          salary(10_000),
          entry("e2", "PAYMENT", -1_288, "2024-09-03T17:05:00Z", { counterparty: "merchant:game", deviceId: "dev_phone", userDisputed: true }),
          entry("e3", "FEE", -100, "2024-09-04T00:00:00Z", { userDisputed: true }),
        ],
        logins: [PHONE_LOGIN],
      }),
    );
    expect(diagnosis.unauthorizedDebits).toEqual([{ entryId: "e2", amountMinor: 1_288, occurredAt: "2024-09-03T17:05:00.000Z", counterparty: "merchant:game" }]);
    expect(diagnosis.unauthorizedTotalMinor).toBe(1_288);
    expect(diagnosis.urgent).toBe(true);
  });

  it("keeps rule 1's order (time, then file order) and dates in UTC like wentNegativeAt", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [
          theft("e4", "PAYMENT", -300, "2024-09-05T11:00:00+08:00"),
          salary(10_000),
          theft("e2", "TRANSFER_OUT", -100, "2024-09-05T03:00:00Z"),
          theft("e3", "WITHDRAWAL", -200, "2024-09-05T02:30:00Z"),
        ],
        logins,
      }),
    );
    expect(diagnosis.unauthorizedDebits.map((d) => [d.entryId, d.occurredAt])).toEqual([
      ["e3", "2024-09-05T02:30:00.000Z"],
      ["e4", "2024-09-05T03:00:00.000Z"],
      ["e2", "2024-09-05T03:00:00.000Z"],
    ]);
  });

  it("leaves out pending debits and debits after asOf, though a pending theft is urgent", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        asOf: "2024-09-05T04:00:00Z",
        entries: [
          salary(10_000),
          entry("e2", "TRANSFER_OUT", -1_000, "2024-09-05T02:10:00Z", { counterparty: "user:mule", deviceId: "dev_new", status: "PENDING" }),
          theft("e3", "TRANSFER_OUT", -2_000, "2024-09-05T04:00:01Z"),
        ],
        logins,
      }),
    );
    expect(diagnosis).toMatchObject({ urgent: true, unauthorizedDebits: [], unauthorizedTotalMinor: 0 });
  });

  it("is [] and 0 for a history without unauthorized debits", () => {
    const diagnosis = diagnoseAccount(buildHistory({ entries: [salary(1_000), entry("e2", "PAYMENT", -3_000, "2024-09-02T10:00:00Z")], logins: [PHONE_LOGIN] }));
    expect(diagnosis).toMatchObject({ urgent: false, unauthorizedDebits: [], unauthorizedTotalMinor: 0 });
  });
});

describe("TOP_UP (version 3)", () => {
  it("is left out when the whole deficit is unauthorized debits, and the amount owed is still stated", () => {
    const diagnosis = diagnoseAccount(buildHistory({ entries: [salary(1_000), theft("e2", "TRANSFER_OUT", -5_000, "2024-09-05T03:00:00Z")], logins }));
    expect(diagnosis).toMatchObject({ balanceMinor: -4_000, primaryCause: "HACK", amountToRestoreMinor: 4_000 });
    expect(diagnosis.actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED"]);
  });

  it("is there when a refund reversal shares the deficit with a theft", () => {
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [
          salary(1_000),
          entry("e2", "REFUND_REVERSAL", -1_500, "2024-09-04T10:00:00Z", { counterparty: "merchant:jd" }),
          theft("e3", "WITHDRAWAL", -4_000, "2024-09-05T03:00:00Z", "bank:6217-9999"),
        ],
        logins,
      }),
    );
    expect(diagnosis.causes.map(({ cause, amountMinor }) => [cause, amountMinor])).toEqual([["HACK", 4_000], ["REFUND", 500]]);
    expect(diagnosis.actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED", "TOP_UP", "CONTACT_MERCHANT"]);
  });

  it("comes back once the theft is repaid and only the owner's part is left", () => {
    // FIFO: the top-up repays the older theft lot first, leaving the later fee.
    const diagnosis = diagnoseAccount(
      buildHistory({
        entries: [
          salary(1_000),
          theft("e2", "TRANSFER_OUT", -3_000, "2024-09-05T03:00:00Z"),
          entry("e3", "FEE", -200, "2024-09-06T00:00:00Z"),
          entry("e4", "TOP_UP", 2_000, "2024-09-07T00:00:00Z"),
        ],
        logins,
      }),
    );
    expect(diagnosis.causes.map(({ cause, amountMinor }) => [cause, amountMinor])).toEqual([["OVERDRAFT", 200]]);
    expect(diagnosis.actions).toEqual(["SECURE_ACCOUNT", "REPORT_UNAUTHORIZED", "TOP_UP", "PLAN_SPENDING"]);
    expect(diagnosis.unauthorizedTotalMinor).toBe(3_000);
  });
});
