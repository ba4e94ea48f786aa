import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedEdits, editDistance } from "@/lib/help/edit-distance";

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("recrod", "record")).toBe(1);
    expect(editDistance("refnud", "refund")).toBe(1);
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("credt", "credit")).toBe(1);
    expect(editDistance("balanse", "balance")).toBe(1);
    expect(editDistance("recrod", "recover")).toBe(4);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("is zero exactly for equal words and symmetric", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it("allows two edits only in long words", () => {
    expect(allowedEdits("credt")).toBe(1);
    expect(allowedEdits("negativee")).toBe(2);
  });
});
