import { describe, expect, it } from "vitest";
import { ledgerCsvLine } from "./ledger-csv";

const row = { id: "ent_1", type: "PAYMENT", status: "POSTED", amountMinor: -123456n, occurredAt: new Date("2026-11-30T02:00:00Z"), counterparty: "美团外卖", description: null } as const;

describe("ledgerCsvLine", () => {
  it("writes exact amounts in minor units and in yuan", () => {
    expect(ledgerCsvLine(row)).toBe("2026-11-30T02:00:00.000Z,ent_1,PAYMENT,POSTED,-123456,-1234.56,美团外卖,\r\n");
    expect(ledgerCsvLine({ ...row, amountMinor: 5n })).toContain(",5,0.05,");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(ledgerCsvLine({ ...row, description: 'order "A", line\nB' })).toContain(',"order ""A"", line\nB"\r\n');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(ledgerCsvLine({ ...row, counterparty: "=HYPERLINK(\"x\")" })).toContain(",\"'=HYPERLINK(\"\"x\"\")\",");
  });
});
