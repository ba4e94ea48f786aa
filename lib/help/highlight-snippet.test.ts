import { describe, expect, it } from "vitest";
import { highlightSnippet } from "@/lib/help/highlight-snippet";
import { searchTerms } from "@/lib/help/search-terms";

describe("highlightSnippet", () => {
  it("marks Chinese matches inside a sentence without spaces", () => {
    const html = highlightSnippet({ text: "钱包里的负余额本身不会直接写进个人征信报告,信用记录来自借贷。", terms: searchTerms("信用记录") });
    expect(html).toContain("<mark>信用记录</mark>");
  });

  it("marks the word a misspelled English query meant", () => {
    const html = highlightSnippet({ text: "A negative balance is not an entry on your credit report.", terms: searchTerms("credt") });
    expect(html).toBe("A negative balance is not an entry on your <mark>credit</mark> report.");
  });

  it("escapes the article text so a snippet can never carry markup", () => {
    const html = highlightSnippet({ text: `<img src=x onerror="alert(1)"> refund`, terms: ["refund"] });
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;img");
    expect(html).toContain("<mark>refund</mark>");
  });

  it("cuts a long text around the first match and says so", () => {
    const text = `${"填充文字".repeat(100)}充值补足${"结尾".repeat(100)}`;
    const html = highlightSnippet({ text, terms: searchTerms("充值"), maxLength: 60 });
    expect(html.startsWith("…")).toBe(true);
    expect(html.endsWith("…")).toBe(true);
    expect(html).toContain("<mark>充值</mark>");
  });

  it("marks every match inside the window of a long text, typos and swaps included, and nothing past it", () => {
    const text = `${"Filler words here. ".repeat(200)}Your credit record and credti report. ${"More text. ".repeat(200)}credit again`;
    const html = highlightSnippet({ text, terms: ["credit", "recrod"], maxLength: 80 });
    expect(html).toContain("<mark>credit</mark> <mark>record</mark> and <mark>credti</mark>");
    expect(html).not.toContain("again");
  });

  it("returns the start of the text when nothing matches", () => {
    expect(highlightSnippet({ text: "Top up to clear it.", terms: ["zzz"] })).toBe("Top up to clear it.");
  });
});
