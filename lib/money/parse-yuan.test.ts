import { describe, expect, it } from "vitest";
import { parseYuan } from "./parse-yuan";

describe("parseYuan", () => {
  it("turns yuan into exact fen", () => {
    expect(parseYuan("12.5")).toBe(1250n);
    expect(parseYuan(" 12.05 ")).toBe(1205n);
    expect(parseYuan("300")).toBe(30000n);
  });

  it("refuses zero, negatives, three decimals and words", () => {
    for (const text of ["0", "0.00", "-5", "1.005", "1e3", "ten", ""]) expect(parseYuan(text)).toBeNull();
  });
});
