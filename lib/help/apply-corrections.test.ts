import { describe, expect, it } from "vitest";
import { applyCorrections } from "@/lib/help/apply-corrections";
import { MAX_QUERY_LENGTH } from "@/lib/help/query-terms";

describe("applyCorrections", () => {
  it("replaces each corrected word by its nearest article word and keeps the rest as typed", () => {
    const corrections = new Map([["credt", ["credit"]], ["recrod", ["record", "recover"]]]);
    expect(applyCorrections({ query: "credt recrod", corrections })).toBe("credit record");
    expect(applyCorrections({ query: "Why is my credt record bad?", corrections })).toBe("Why is my credit record bad?");
  });

  it("finds a typo written with capitals, accents or next to Chinese, as the search read it", () => {
    const corrections = new Map([["refnud", ["refund"]]]);
    expect(applyCorrections({ query: "  Réfnud 退款 ", corrections })).toBe("refund 退款");
    expect(applyCorrections({ query: "退款refnud了", corrections })).toBe("退款refund了");
  });

  it("leaves a word that only contains a corrected one alone", () => {
    expect(applyCorrections({ query: "credtcard", corrections: new Map([["credt", ["credit"]]]) })).toBeNull();
  });

  it("says nothing when no word was corrected", () => {
    expect(applyCorrections({ query: "credit record", corrections: new Map() })).toBeNull();
    expect(applyCorrections({ query: "credit record", corrections: new Map([["cashbak", ["cashback"]]]) })).toBeNull();
  });

  it("reads only the searched start of a huge query", () => {
    const query = `refnud ${"x".repeat(MAX_QUERY_LENGTH)} refnud`;
    const corrected = applyCorrections({ query, corrections: new Map([["refnud", ["refund"]]]) });
    expect(corrected).toBe(`refund ${"x".repeat(MAX_QUERY_LENGTH - 7)}`);
  });
});
