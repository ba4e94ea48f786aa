import { describe, expect, it } from "vitest";
import { toMinorUnits } from "./to-minor-units";

describe("toMinorUnits", () => {
  it("turns a stored bigint into the same number, up to 2^53 - 1 either way", () => {
    expect(toMinorUnits(-1_000_000_000_000n)).toBe(-1_000_000_000_000);
    expect(toMinorUnits(9_007_199_254_740_991n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits(-9_007_199_254_740_991n)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(toMinorUnits(1234)).toBe(1234);
  });

  it("refuses a value it could only round", () => {
    expect(() => toMinorUnits(9_007_199_254_740_993n)).toThrow(RangeError);
    expect(() => toMinorUnits(0.5)).toThrow(/cannot be held exactly/);
  });
});
