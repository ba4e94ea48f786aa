import { describe, expect, it } from "vitest";
import { formatMoney } from "./format-money";

describe("formatMoney", () => {
  it("turns fen into yuan in both locales", () => {
    expect(formatMoney(3000, "CNY", "zh-CN")).toBe("¥30.00");
    expect(formatMoney(3000, "CNY", "en")).toBe("CN¥30.00");
    expect(formatMoney(-123456, "CNY", "zh-CN")).toBe("-¥1,234.56");
    expect(formatMoney(5, "CNY", "en")).toBe("CN¥0.05");
    expect(formatMoney(0, "CNY", "en")).toBe("CN¥0.00");
  });

  it("follows each currency's own number of decimals", () => {
    expect(formatMoney(500, "JPY", "en")).toBe("¥500");
    expect(formatMoney(500, "JPY", "zh-CN")).toBe("JP¥500");
    expect(formatMoney(1234, "BHD", "en")).toBe("BHD\u00a01.234");
    expect(formatMoney(1050, "USD", "en")).toBe("$10.50");
  });

  it("prints the largest accepted amount exactly", () => {
    expect(formatMoney(1_000_000_000_000, "CNY", "en")).toBe("CN¥10,000,000,000.00");
    expect(formatMoney(999_999_999_999, "CNY", "zh-CN")).toBe("¥9,999,999,999.99");
    expect(formatMoney(9_007_199_254_740_991, "CNY", "en")).toBe("CN¥90,071,992,547,409.91");
  });
});
