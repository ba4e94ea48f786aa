import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToText } from "@/lib/help/markdown-to-text";
import { renderMarkdown } from "@/lib/help/render-markdown";
import { ARTICLES_EN } from "@/prisma/seed/faq/articles-en";
import { ARTICLES_ZH_CN } from "@/prisma/seed/faq/articles-zh-cn";

describe("markdownToText", () => {
  it("drops the markers of a bold sentence ending in Chinese punctuation with text right after", () => {
    // The seeded /faq/credit-record: these words are what its snippet shows.
    expect(markdownToText("先说结论:**钱包里的负余额本身不会直接写进个人征信报告。**钱包平台和征信系统是两套不同的体系。")).toBe(
      "先说结论:钱包里的负余额本身不会直接写进个人征信报告。钱包平台和征信系统是两套不同的体系。",
    );
  });

  it("drops English emphasis and keeps intraword underscores", () => {
    expect(markdownToText("Hello **world**, *really* and __truly__: set snake_case_name.")).toBe("Hello world, really and truly: set snake_case_name.");
  });

  it("keeps the words of links, headings, lists, tables and code, one space apart", () => {
    const markdown = "# 先保护账户\n\n1. 改密码\n2. 打开[自助诊断](/diagnose)\n\n| 项目 | 金额 |\n|--|--:|\n| 手续费 | 0.10 |\n\n运行 `reset`  \n然后\n等待";
    expect(markdownToText(markdown)).toBe("先保护账户 改密码 打开自助诊断 项目 金额 手续费 0.10 运行 reset 然后 等待");
  });

  it("drops HTML tags and script content but keeps the author's own < and & characters", () => {
    expect(markdownToText("<b>粗</b><script>alert('x')</script>\n\n<div onclick=\"steal()\">text</div>")).toBe("粗 text");
    expect(markdownToText("余额 < 0 & 手续费 > 0,写作 &lt;0")).toBe("余额 < 0 & 手续费 > 0,写作 <0");
  });

  it("leaves no emphasis markers in any seeded article", () => {
    for (const article of [...ARTICLES_ZH_CN, ...ARTICLES_EN]) {
      expect({ slug: article.slug, text: markdownToText(article.body) }).not.toMatchObject({ text: expect.stringMatching(/\*|__|<|>/) });
    }
  });
});

// Markdown-heavy input: syntax pieces, tags, entities, Chinese and English text, any characters.
const piece = fc.oneof(
  fc.constantFrom("**", "*", "_", "__", "~~", "`", "```\n", "[", "](", ")", "<", ">", "&", "&lt;", "&#60;", "\\", "#", "# ", "- ", "1. ", "> ", "|", "|--|\n", "\n", "\n\n", "    ", " ", "<b>", "</b>", "<script>", "<img src=x onerror=alert(1)>", "<!--", "-->", "http://x.example", "。", "，", "「", "」", "负余额", "充值", "credit", "record"),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const markdownish = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));

// A bold span of Chinese text, possibly ending (or starting) with Chinese punctuation, between Chinese text.
const han = (minLength: number) => fc.string({ unit: fc.constantFrom(..."负余额钱包充值退款信用记录账户被盗先说结论后面"), minLength, maxLength: 8 });
const opening = fc.constantFrom("", "「", "(", "“", "《");
const closing = fc.constantFrom("", "。", ",", "!", "?", ":", ";", "、", "」", ")", "”", "》", "……");

describe("markdownToText properties", () => {
  it("never throws and returns collapsed whitespace; no tag it writes itself ever shows", () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: "binary" })), (markdown) => {
        const text = markdownToText(markdown);
        expect(text).toBe(text.replace(/\s+/g, " ").trim());
        // A "<" in the text can only be one the author wrote (as "<" or as an entity starting "&").
        if (!/[<&]/.test(markdown)) expect(text).not.toContain("<");
      }),
      { numRuns: 500 },
    );
  });

  it("never leaves ** around Chinese text, in the text or on the page", () => {
    fc.assert(
      fc.property(han(0), opening, han(1), closing, han(0), (before, open, inner, close, after) => {
        const bold = `${open}${inner}${close}`;
        const markdown = `${before}**${bold}**${after}`;
        expect(markdownToText(markdown)).toBe(`${before}${bold}${after}`);
        expect(renderMarkdown(markdown)).toBe(`<p>${before}<strong>${bold}</strong>${after}</p>\n`);
      }),
      { numRuns: 300 },
    );
  });
});
