import { describe, expect, it } from "vitest";
import { orderEntries } from "./order-entries";

describe("orderEntries", () => {
  it("leaves an already sorted file alone, whatever comes after asOf", () => {
    expect(orderEntries(Float64Array.from([1, 2, 2, 9, 3]), 3)).toBeNull();
  });

  it("sorts by time with ties in file order and drops entries after asOf", () => {
    expect(Array.from(orderEntries(Float64Array.from([5, 1, 5, 9, 1, 3]), 5) ?? [])).toEqual([1, 4, 5, 0, 2]);
  });
});
