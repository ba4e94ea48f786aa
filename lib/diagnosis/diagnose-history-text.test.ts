import { describe, expect, it } from "vitest";
import { diagnoseHistoryText } from "./diagnose-history-text";

const HISTORY = JSON.stringify({
  account: { id: "acc_lin", currency: "CNY" },
  entries: [{ id: "e1", type: "FEE", amountMinor: -250, occurredAt: "2024-09-01T10:00:00Z", status: "POSTED" }],
});

describe("diagnoseHistoryText", () => {
  it("reads files saved with a byte-order mark", () => {
    const result = diagnoseHistoryText(`\uFEFF${HISTORY}`);
    expect(result.ok && JSON.parse(result.json).balanceMinor).toBe(-250);
  });

  it("ends the JSON with a newline and indents by two spaces", () => {
    const result = diagnoseHistoryText(HISTORY);
    expect(result.ok && result.json.startsWith('{\n  "accountId": "acc_lin",\n')).toBe(true);
    expect(result.ok && result.json.endsWith("}\n")).toBe(true);
  });

  it("returns the timeline instead when asked", () => {
    const result = diagnoseHistoryText(HISTORY, { timeline: true });
    expect(result.ok && JSON.parse(result.json).points).toMatchObject([{ entryId: "e1", balanceAfterMinor: -250, crossesBelowZero: true }]);
  });

  it("reports blank input and broken JSON at the root", () => {
    expect(diagnoseHistoryText("  \n")).toEqual({
      ok: false,
      errors: [{ path: "(root)", message: "is empty (expected an AccountHistory JSON object)" }],
    });
    const broken = diagnoseHistoryText('{"account": ');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors[0]?.message).toMatch(/^is not valid JSON \(/);
  });
});
