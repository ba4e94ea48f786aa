import { describe, expect, it } from "vitest";
import { searchGapKind, WEAK_MATCH_BELOW } from "@/lib/help/search-gap-kind";

describe("searchGapKind", () => {
  it("calls a search with words and no results a gap with no results", () => {
    expect(searchGapKind({ termCount: 2, total: 0, bestMatch: 0 })).toBe("NO_RESULTS");
  });

  it("calls a search whose best article only mentions the words in passing a weak gap", () => {
    // 银行卡 on the demo articles: two mentions in one text, no title or tag.
    expect(searchGapKind({ termCount: 2, total: 3, bestMatch: 0.155 })).toBe("WEAK");
    expect(searchGapKind({ termCount: 1, total: 1, bestMatch: WEAK_MATCH_BELOW - 0.0001 })).toBe("WEAK");
  });

  it("is not a gap when the best article matches well, however few results there are", () => {
    // 透支: one article, tagged with the word and naming it in its text.
    expect(searchGapKind({ termCount: 1, total: 1, bestMatch: 0.2508 })).toBeNull();
    expect(searchGapKind({ termCount: 1, total: 1, bestMatch: WEAK_MATCH_BELOW })).toBeNull();
  });

  it("is never a gap when there was nothing to search for", () => {
    expect(searchGapKind({ termCount: 0, total: 0, bestMatch: 0 })).toBeNull();
  });
});
