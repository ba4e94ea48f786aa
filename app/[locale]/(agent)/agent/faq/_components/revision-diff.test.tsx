import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { diffRevisions } from "@/lib/help/diff-revisions";
import en from "@/messages/en/help.json";
import zh from "@/messages/zh-CN/help.json";
import { diffLabels, type HelpTranslator } from "./diff-labels";
import { DiffLegend, RevisionDiffView } from "./revision-diff";

const labelsFor = (locale: "zh-CN" | "en") => diffLabels(createTranslator({ locale, messages: locale === "en" ? en : zh }) as HelpTranslator);

const before = {
  title: "钱包余额为什么会变成负数",
  summary: "扣款时余额不足,钱包会先垫付。",
  category: "causes",
  tags: ["负余额", "扣款"],
  body: ["## 原因", "", "自动扣款在余额不足时仍会执行。", "", "## 怎么办", "", "请先充值补足欠款,然后联系客服。", "", "在帮助中心搜索。"].join("\n"),
};
const after = { ...before, category: "fixing", tags: ["负余额"], body: before.body.replace("请先充值补足欠款", "请先核对扣款记录") };
const diff = diffRevisions({ before, after, locale: "zh-CN" });
/** The page as a screen reader's text (tags removed, hidden words kept). */
const spoken = (html: string) => html.replace(/<span aria-hidden="true">[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "");

describe("the revision diff markup", () => {
  const html = renderToStaticMarkup(<RevisionDiffView diff={diff} labels={labelsFor("zh-CN")} />);

  it("marks removed and added words with <del> and <ins>, struck through and underlined, and says where each starts and ends", () => {
    expect(html).toMatch(/<del class="[^"]*line-through[^"]*"><span class="sr-only">\[删除开始\]<\/span>充值补足欠款<span class="sr-only">\[删除结束\]<\/span><\/del>/);
    expect(html).toMatch(/<ins class="[^"]*underline[^"]*"><span class="sr-only">\[新增开始\]<\/span>核对扣款记录<span class="sr-only">\[新增结束\]<\/span><\/ins>/);
    expect(spoken(html)).toContain("请先[删除开始]充值补足欠款[删除结束][新增开始]核对扣款记录[新增结束],然后联系客服。");
  });

  it("names the changed fields and categories in words, never their codes, and leaves unchanged lines out", () => {
    expect(spoken(html)).toContain("分类");
    expect(html).not.toMatch(/>(causes|fixing)</);
    expect(spoken(html)).toContain(`[删除开始]${zh.categories.causes.title}[删除结束] 改为 [新增开始]${zh.categories.fixing.title}[新增结束]`);
    expect(spoken(html)).toContain("[删除开始]扣款[删除结束]");
    expect(spoken(html)).toContain("(省略 4 行没有改动的内容)");
    expect(spoken(html)).not.toContain("自动扣款在余额不足时仍会执行");
    // Only what changed: the title and summary are the same.
    expect(spoken(html)).not.toContain("标题");
  });

  it("speaks English on the English page", () => {
    const english = renderToStaticMarkup(<RevisionDiffView diff={diff} labels={labelsFor("en")} />);
    expect(spoken(english)).toContain("[deletion start]充值补足欠款[deletion end][insertion start]核对扣款记录[insertion end]");
    expect(spoken(english)).toContain("(4 unchanged lines not shown)");
    expect(spoken(renderToStaticMarkup(<DiffLegend labels={labelsFor("en")} />))).toBe("How changes are marked: [deletion start]removed text[deletion end] [insertion start]added text[insertion end]");
  });
});
