import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, queryTerms } from "@/lib/help/query-terms";

describe("queryTerms", () => {
  it("drops the pairs of Chinese question words, which every article has", () => {
    expect(queryTerms("花呗分期怎么办").terms).toEqual(["花呗", "呗分", "分期", "期怎"]);
  });

  it("drops repeats and single Latin letters", () => {
    expect(queryTerms("credit's credit a record").terms).toEqual(["credit", "record"]);
  });

  it("reads only the start of a huge query and says so", () => {
    const { terms, isTruncated } = queryTerms("信用".repeat(5000));
    expect(isTruncated).toBe(true);
    expect(terms).toEqual(["信用", "用信"]);
    expect(queryTerms("x".repeat(MAX_QUERY_LENGTH)).isTruncated).toBe(false);
  });
});
