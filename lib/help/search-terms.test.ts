import { describe, expect, it } from "vitest";
import { searchTerms } from "@/lib/help/search-terms";

describe("searchTerms", () => {
  it("turns Chinese without spaces into overlapping character pairs", () => {
    expect(searchTerms("信用记录")).toEqual(["信用", "用记", "记录"]);
  });

  it("does not pair characters across punctuation", () => {
    expect(searchTerms("余额？充值")).toEqual(["余额", "充值"]);
  });

  it("lower-cases Latin words and drops accents and punctuation", () => {
    expect(searchTerms("Crédit-Record's 2FA!")).toEqual(["credit", "record", "s", "2fa"]);
  });

  it("keeps both scripts of a mixed query", () => {
    expect(searchTerms("app余额 refund")).toEqual(["app", "余额", "refund"]);
  });

  it("finds no terms in punctuation only", () => {
    expect(searchTerms("?!… ——；'\";--")).toEqual([]);
  });
});
