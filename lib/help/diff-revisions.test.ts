import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffRevisions, type ArticleContent, type BodyDiffPart, type DiffPart } from "@/lib/help/diff-revisions";

const zh: ArticleContent = {
  title: "钱包余额为什么会变成负数",
  summary: "扣款时余额不足,钱包会先垫付。",
  category: "causes",
  tags: ["负余额", "扣款"],
  body: "## 原因\n\n自动扣款在余额不足时仍会执行。\n\n## 怎么办\n\n请先充值补足欠款,然后联系客服。\n\n## 还有问题?\n\n在帮助中心搜索。\n",
};

const removed = (parts: readonly (DiffPart | BodyDiffPart)[] | null) => (parts ?? []).filter((p) => p.kind === "removed").map((p) => ("text" in p ? p.text : ""));
const added = (parts: readonly (DiffPart | BodyDiffPart)[] | null) => (parts ?? []).filter((p) => p.kind === "added").map((p) => ("text" in p ? p.text : ""));
/** A pattern for the text one side of the diff shows, each left-out run standing for that many lines. */
const sidePattern = (parts: readonly BodyDiffPart[], kind: "removed" | "added") =>
  new RegExp(
    `^${parts
      .map((p) => (p.kind === "skipped" ? `(?:[^\\n]*(?:\\n|$)){${p.lines}}` : p.kind === kind || p.kind === "same" ? p.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : ""))
      .join("")}$`,
  );

describe("diffRevisions", () => {
  it("says nothing changed when nothing did, also when only the line endings differ (a browser posts \\r\\n)", () => {
    expect(diffRevisions({ before: zh, after: { ...zh, tags: [...zh.tags] }, locale: "zh-CN" })).toEqual({ hasChanges: false, title: null, summary: null, category: null, tags: null, body: null });
    expect(diffRevisions({ before: zh, after: { ...zh, body: zh.body.replace(/\n/g, "\r\n") }, locale: "zh-CN" }).hasChanges).toBe(false);
  });

  it("marks a Chinese edit by whole words, not single characters and not the whole sentence", () => {
    const after = { ...zh, body: zh.body.replace("请先充值补足欠款,然后联系客服。", "请先核对最近的扣款记录,然后联系在线客服。") };
    const diff = diffRevisions({ before: zh, after, locale: "zh-CN" });
    expect(diff.hasChanges).toBe(true);
    expect(removed(diff.body)).toEqual(["充值补足欠款"]);
    expect(added(diff.body)).toEqual(["核对最近的扣款记录", "在线"]);
    // The words around the change are shown unchanged, on the changed line.
    expect(diff.body).toContainEqual({ kind: "same", text: ",然后联系" });
    expect([diff.title, diff.summary, diff.category, diff.tags]).toEqual([null, null, null, null]);
  });

  it("keeps two lines around a change and leaves longer unchanged runs out, saying how many lines", () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}.`);
    const before = { ...zh, body: lines.join("\n") };
    const after = { ...zh, body: lines.map((line, i) => (i === 6 ? "Line seven, rewritten." : line)).join("\n") };
    const body = diffRevisions({ before, after, locale: "en" }).body!;
    expect(body[0]).toEqual({ kind: "skipped", lines: 4 });
    // Two whole lines before the change, then the unchanged words of the changed line.
    expect(body[1]).toEqual({ kind: "same", text: "Line 5.\nLine 6.\nLine " });
    expect(removed(body)).toEqual(["7"]);
    expect(added(body)).toEqual(["seven, rewritten"]);
    expect(body.at(-1)).toEqual({ kind: "skipped", lines: 3 });
  });

  it("shows a change of indentation only as the old line and the new one", () => {
    const before = { ...zh, body: "- 充值\n- 还款\n" };
    const after = { ...zh, body: "- 充值\n  - 还款\n" };
    const body = diffRevisions({ before, after, locale: "zh-CN" }).body!;
    expect(removed(body)).toEqual(["- 还款\n"]);
    expect(added(body)).toEqual(["  - 还款\n"]);
  });

  it("compares the title and summary by words, tags one by one, and the category as from → to", () => {
    const after = { ...zh, title: "钱包余额为什么会变成负数?", summary: "扣款时余额不足,钱包会先替你垫付。", category: "fixing", tags: ["负余额", "垫付"] };
    const diff = diffRevisions({ before: zh, after, locale: "zh-CN" });
    expect(added(diff.title)).toEqual(["?"]);
    expect(added(diff.summary)).toEqual(["替你"]);
    expect(diff.category).toEqual({ from: "causes", to: "fixing" });
    expect(diff.tags).toEqual([
      { kind: "same", text: "负余额" },
      { kind: "removed", text: "扣款" },
      { kind: "added", text: "垫付" },
    ]);
    expect(diff.body).toBeNull();
  });

  it("marks English words, not letters", () => {
    const before = { ...zh, title: "Why your balance went negative" };
    const after = { ...zh, title: "Why your wallet balance is negative" };
    const diff = diffRevisions({ before, after, locale: "en" });
    expect(removed(diff.title)).toEqual(["went"]);
    expect(added(diff.title)).toEqual(["wallet ", "is"]);
  });

  it("shows a rewrite of a long article as the old text then the new one, not as confetti", () => {
    const before = { ...zh, body: Array.from({ length: 2000 }, (_, i) => `第${i}段:请先充值。`).join("\n") };
    const after = { ...zh, body: Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}: contact support.`).join("\n") };
    const body = diffRevisions({ before, after, locale: "zh-CN" }).body!;
    expect(body.map((part) => part.kind)).toEqual(["removed", "added"]);
  });

  it("never loses text: each side of the body diff, read alone, is that version (skipped lines aside)", () => {
    const line = fc.constantFrom("请先充值。", "然后联系客服。", "Top up first.", "", "- 还款", "  - 还款", "## 原因");
    const text = fc.array(line, { maxLength: 8 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = diffRevisions({ before: { ...zh, body: before }, after: { ...zh, body: after }, locale: "zh-CN" });
        if (before === after) {
          expect(diff.body).toBeNull();
          return;
        }
        // The diff ends every body with a line break (a last line is the same line with or without one).
        const ended = (text: string) => (text === "" || text.endsWith("\n") ? text : `${text}\n`);
        expect(ended(before)).toMatch(sidePattern(diff.body!, "removed"));
        expect(ended(after)).toMatch(sidePattern(diff.body!, "added"));
      }),
    );
  });
});
