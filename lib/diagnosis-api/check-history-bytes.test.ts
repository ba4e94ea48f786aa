import { describe, expect, it } from "vitest";
import { checkHistoryBytes } from "./check-history-bytes";
import { API_LIMITS, CLI_LIMITS } from "./diagnose-request-limits";

const encode = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
const account = { id: "acc_1", currency: "CNY" };
const entry = (i: number) => ({ id: `e${i}`, type: "TOP_UP", amountMinor: 100, occurredAt: "2026-01-01T00:00:00Z", status: "POSTED" });

describe("checkHistoryBytes", () => {
  it("passes a valid history on", () => {
    const result = checkHistoryBytes(encode({ account, entries: [entry(1)] }), API_LIMITS);
    expect(result.ok && result.history.entries).toHaveLength(1);
  });

  it("caps every array before looking at a single element (the review's 300,000 logins)", () => {
    const started = performance.now();
    const result = checkHistoryBytes(encode({ account, entries: [], logins: Array.from({ length: 300_000 }, () => 1) }), API_LIMITS);
    expect(result).toMatchObject({ ok: false, problem: "too_large", errors: [{ path: "logins", message: "has 300000 items, more than the 100000 accepted" }] });
    expect(performance.now() - started).toBeLessThan(1000);
    for (const [field, count] of [["entries", 100_001], ["securityEvents", 10_001]] as const) {
      const body = { account, entries: [], [field]: Array.from({ length: count }, () => 1) };
      expect(checkHistoryBytes(encode(body), API_LIMITS), field).toMatchObject({ ok: false, problem: "too_large", errors: [{ path: field }] });
    }
  });

  it("lists at most 100 problems in reading order and counts the rest (the review's 100,000 empty entries)", () => {
    const result = checkHistoryBytes(encode({ account, entries: Array.from({ length: 100_000 }, () => ({})) }), API_LIMITS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe("invalid_input");
    expect(result.errors).toHaveLength(100);
    expect(result.errors[0]).toEqual({ path: "entries[0].id", message: "required" });
    expect(result.moreErrors).toBe(100_000 * 5 - 100);
    expect(result.message).toBe("entries[0].id: required (and 499999 more problems)");
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
  });

  it("refuses more bytes than the limit, and lets the command line read bigger files", () => {
    expect(checkHistoryBytes(new Uint8Array(11), { ...API_LIMITS, maxBytes: 10 })).toMatchObject({ ok: false, problem: "too_large" });
    const many = { account, entries: Array.from({ length: 100_001 }, (_, i) => entry(i)) };
    expect(checkHistoryBytes(encode(many), CLI_LIMITS).ok).toBe(true);
  });

  it("reports what is not JSON, and an empty body, the way the contract says", () => {
    expect(checkHistoryBytes(encode("{ not json"), API_LIMITS)).toMatchObject({ ok: false, problem: "invalid_json", errors: [{ path: "(root)" }] });
    expect(checkHistoryBytes(encode("  "), API_LIMITS)).toMatchObject({ ok: false, problem: "invalid_input", errors: [{ path: "(root)" }] });
    expect(checkHistoryBytes(encode("\ufeff" + JSON.stringify({ account, entries: [entry(1)] })), API_LIMITS).ok).toBe(true);
  });

  it.each([
    ["a NUL", "acc\u0000evil", "must contain only printable characters (U+0000 at position 4)"],
    ["a lone surrogate", "acc\ud800", "must contain only printable characters (U+D800 at position 4)"],
    ["64 KB", "x".repeat(65_536), "must be at most 128 characters (got 65536)"],
  ])("refuses an account id with %s before it reaches the audit log", (_, id, message) => {
    const result = checkHistoryBytes(encode({ account: { ...account, id }, entries: [entry(1)] }), API_LIMITS);
    expect(result).toMatchObject({ ok: false, problem: "invalid_input", errors: [{ path: "account.id", message }] });
  });
});
