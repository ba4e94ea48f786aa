import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRY_TYPES, SIGN_RULES } from "./entry-types";
import { formatValidationErrors } from "./format-validation-errors";
import { parseAccountHistory } from "./parse-account-history";

const FIXTURES = path.resolve(__dirname, "../../tests/fixtures/histories");
const readFixture = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8"));

const validEntry = { id: "e1", type: "TOP_UP", amountMinor: 10000, occurredAt: "2024-09-01T10:00:00Z", status: "POSTED" };

function withEntries(...entries: unknown[]): unknown {
  return { account: { id: "acc_lin", currency: "CNY" }, entries };
}

function errorLines(input: unknown): string[] {
  const result = parseAccountHistory(input);
  if (result.ok) throw new Error("expected the input to be rejected");
  return formatValidationErrors(result.errors).split("\n");
}

describe("parseAccountHistory", () => {
  it("accepts the contract's example and fills in every default", () => {
    const result = parseAccountHistory(withEntries(validEntry));
    expect(result).toEqual({
      ok: true,
      history: {
        account: { id: "acc_lin", currency: "CNY", openingBalanceMinor: 0 },
        entries: [
          {
            ...validEntry,
            counterparty: null,
            deviceId: null,
            relatedEntryId: null,
            promoId: null,
            userDisputed: false,
          },
        ],
        logins: [],
        securityEvents: [],
      },
    });
    expect(parseAccountHistory(readFixture("contract-example.json")).ok).toBe(true);
  });

  describe.each(ENTRY_TYPES.map((type) => [type, SIGN_RULES[type]] as const))("%s (%s)", (type, rule) => {
    const credit = parseAccountHistory(withEntries({ ...validEntry, type, amountMinor: 500 }));
    const debit = parseAccountHistory(withEntries({ ...validEntry, type, amountMinor: -500 }));

    it(rule === "debit" ? "rejects a credit" : "accepts a credit", () => {
      if (rule === "debit") {
        expect(credit).toEqual({ ok: false, errors: [{ path: "entries[0].amountMinor", message: `${type} must be a debit (< 0)` }], errorCount: 1 });
      } else {
        expect(credit.ok).toBe(true);
      }
    });

    it(rule === "credit" ? "rejects a debit" : "accepts a debit", () => {
      if (rule === "credit") {
        expect(debit).toEqual({ ok: false, errors: [{ path: "entries[0].amountMinor", message: `${type} must be a credit (> 0)` }], errorCount: 1 });
      } else {
        expect(debit.ok).toBe(true);
      }
    });

    it("rejects a zero amount", () => {
      expect(errorLines(withEntries({ ...validEntry, type, amountMinor: 0 }))).toEqual([
        "entries[0].amountMinor: must not be 0: an entry moves money in (> 0) or out (< 0)",
      ]);
    });
  });

  it("names the entry by its index when the sign is wrong", () => {
    const entries = [0, 1, 2].map((i) => ({ ...validEntry, id: `e${i}` }));
    entries.push({ ...validEntry, id: "e3", amountMinor: -100 });
    expect(errorLines(withEntries(...entries))).toEqual(["entries[3].amountMinor: TOP_UP must be a credit (> 0)"]);
  });

  it("rejects fractions, huge amounts and numbers written as strings", () => {
    expect(errorLines(withEntries({ ...validEntry, amountMinor: 10.5 }))).toEqual([
      "entries[0].amountMinor: must be a whole number of minor units, e.g. 1050 for 10.50 (got 10.5)",
    ]);
    expect(errorLines(withEntries({ ...validEntry, amountMinor: 1_000_000_000_001 }))).toEqual([
      "entries[0].amountMinor: must be between -1000000000000 and 1000000000000 minor units (got 1000000000001)",
    ]);
    expect(parseAccountHistory(withEntries({ ...validEntry, amountMinor: 1_000_000_000_000 })).ok).toBe(true);
    expect(errorLines(withEntries({ ...validEntry, amountMinor: "100" }))).toEqual([
      'entries[0].amountMinor: must be an integer number of minor units (got the string "100")',
    ]);
  });

  it("says which required field is missing", () => {
    expect(errorLines({ account: { currency: "CNY" }, entries: [{ id: "e1" }] })).toEqual([
      "account.id: required",
      "entries[0].type: required",
      "entries[0].amountMinor: required",
      "entries[0].occurredAt: required",
      "entries[0].status: required",
    ]);
    expect(errorLines({ account: { id: "acc_lin", currency: "CNY" } })).toEqual(["entries: required"]);
    expect(errorLines([])).toEqual(["(root): must be a JSON object with account and entries (got an array)"]);
  });

  it("rejects unknown entry types, statuses and security events", () => {
    expect(errorLines(withEntries({ ...validEntry, type: "GIFT" }))).toEqual([
      `entries[0].type: unknown entry type "GIFT" (expected one of ${ENTRY_TYPES.join(", ")})`,
    ]);
    expect(errorLines(withEntries({ ...validEntry, status: "SETTLED" }))).toEqual([
      'entries[0].status: must be POSTED or PENDING (got "SETTLED")',
    ]);
    const history = { ...(withEntries(validEntry) as object), securityEvents: [{ at: "2024-09-01T10:00:00Z", type: "SIM_SWAP" }] };
    expect(errorLines(history)).toEqual([
      'securityEvents[0].type: unknown security event type "SIM_SWAP" (expected one of PASSWORD_CHANGED, TWO_FACTOR_DISABLED, PHONE_CHANGED, NEW_PAYEE_ADDED)',
    ]);
  });

  it("requires a 3-letter uppercase currency", () => {
    for (const currency of ["cny", "CNYY", "¥"]) {
      expect(errorLines({ account: { id: "a", currency }, entries: [] , asOf: "2024-09-01T00:00:00Z" })).toEqual([
        `account.currency: must be 3 uppercase letters such as CNY (got ${JSON.stringify(currency)})`,
      ]);
    }
  });

  it("reports a duplicate id with the index of its first use", () => {
    const entries = ["e1", "e2", "e1", "e3", "e4", "e1"].map((id) => ({ ...validEntry, id }));
    expect(errorLines(withEntries(...entries))).toEqual([
      'entries[2].id: duplicate id "e1" (first at entries[0])',
      'entries[5].id: duplicate id "e1" (first at entries[0])',
    ]);
  });

  it("requires timestamps with a zone that name a real instant", () => {
    const lineFor = (occurredAt: string) => errorLines(withEntries({ ...validEntry, occurredAt }))[0];
    expect(lineFor("2024-09-01T10:00:00")).toBe(
      'entries[0].occurredAt: must include a time zone (Z or ±HH:MM), e.g. "2024-09-01T10:00:00Z" (got "2024-09-01T10:00:00")',
    );
    expect(lineFor("2024-02-30T10:00:00Z")).toBe('entries[0].occurredAt: "2024-02-30T10:00:00Z" is not a real date: 2024-02 has 29 days');
    expect(lineFor("2023-02-29T10:00:00Z")).toBe('entries[0].occurredAt: "2023-02-29T10:00:00Z" is not a real date: 2023-02 has 28 days');
    expect(lineFor("2024-13-01T10:00:00Z")).toBe('entries[0].occurredAt: "2024-13-01T10:00:00Z" is not a real date: there is no month 13');
    expect(lineFor("2024-09-01T24:00:00Z")).toBe(
      'entries[0].occurredAt: "2024-09-01T24:00:00Z" is not a real time of day (00:00:00 to 23:59:59)',
    );
    expect(lineFor("2024-09-01 10:00:00Z")).toBe(
      'entries[0].occurredAt: must be an ISO-8601 timestamp with a zone, e.g. "2024-09-01T10:00:00Z" (got "2024-09-01 10:00:00Z")',
    );
    expect(lineFor("2024-09-01T10:00:00+0800")).toMatch(/^entries\[0\]\.occurredAt: must be an ISO-8601 timestamp with a zone/);
    for (const occurredAt of ["2024-02-29T10:00:00Z", "2024-09-01T18:00:00+08:00", "2024-09-01T10:00Z", "2024-09-01T10:00:00.123456Z"]) {
      expect(parseAccountHistory(withEntries({ ...validEntry, occurredAt })).ok).toBe(true);
    }
  });

  it("checks logins and asOf like every other timestamp", () => {
    const history = {
      ...(withEntries(validEntry) as object),
      asOf: "2024-09-12",
      logins: [{ deviceId: "dev_phone" }, { at: "2024-09-01T09:00:00Z", deviceId: 7 }],
    };
    expect(errorLines(history)).toEqual([
      'asOf: must be an ISO-8601 timestamp with a zone, e.g. "2024-09-01T10:00:00Z" (got "2024-09-12")',
      "logins[0].at: required",
      "logins[1].deviceId: must be a string or null (got 7)",
    ]);
  });

  it("needs asOf when the history has no timestamp to default to", () => {
    expect(errorLines(withEntries())).toEqual(["asOf: required when the history has no entries, logins or security events"]);
    expect(parseAccountHistory({ ...(withEntries() as object), asOf: "2024-09-12T00:00:00Z" }).ok).toBe(true);
  });

  it("rejects amounts whose total cannot be added exactly", () => {
    const entries = Array.from({ length: 9008 }, (_, i) => ({ ...validEntry, id: `e${i}`, amountMinor: 1_000_000_000_000 }));
    expect(errorLines(withEntries(...entries))).toEqual([
      "entries: the amounts add up to more than 9007199254740991 minor units, too large to add exactly",
    ]);
  });

  it("reports every problem in the file at once, top to bottom", () => {
    expect(errorLines(readFixture("invalid.json"))).toEqual([
      'account.currency: must be 3 uppercase letters such as CNY (got "rmb")',
      "entries[1].amountMinor: TOP_UP must be a credit (> 0)",
      `entries[2].type: unknown entry type "GIFT_CARD" (expected one of ${ENTRY_TYPES.join(", ")})`,
      'entries[3].id: duplicate id "e1" (first at entries[0])',
      "entries[3].amountMinor: must be a whole number of minor units, e.g. 1050 for 10.50 (got 12.5)",
      'entries[4].occurredAt: must include a time zone (Z or ±HH:MM), e.g. "2024-09-01T10:00:00Z" (got "2024-09-05T10:00:00")',
      "entries[4].status: required",
    ]);
  });
});

describe("parseAccountHistory with maxErrors", () => {
  it("keeps the first problems in reading order and counts them all", () => {
    // The duplicate id of entries[1] comes from the consistency check, after every schema
    // problem of the later entries: it must still be among the first kept.
    const entries = [validEntry, validEntry, ...Array.from({ length: 40 }, () => ({}))];
    const all = parseAccountHistory(withEntries(...entries));
    const capped = parseAccountHistory(withEntries(...entries), { maxErrors: 7 });
    if (all.ok || capped.ok) throw new Error("expected problems");
    expect(capped.errorCount).toBe(all.errorCount);
    expect(all.errorCount).toBeGreaterThan(100);
    expect(capped.errors).toEqual(all.errors.slice(0, 7));
    expect(capped.errors[0]!.path).toBe("entries[1].id");
  });
});
