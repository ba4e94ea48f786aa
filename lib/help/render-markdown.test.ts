import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/help/render-markdown";
import { ARTICLES_EN } from "@/prisma/seed/faq/articles-en";
import { ARTICLES_ZH_CN } from "@/prisma/seed/faq/articles-zh-cn";

describe("renderMarkdown", () => {
  it("renders the Markdown the articles use", () => {
    const html = renderMarkdown("**先保护账户**\n\n1. 改密码\n2. [自助诊断](/diagnose)");
    expect(html).toContain("<strong>先保护账户</strong>");
    expect(html).toContain("<ol>");
    expect(html).toContain('<a href="/diagnose">自助诊断</a>');
  });

  it("drops script elements and their content", () => {
    const html = renderMarkdown("Hello <script>alert('x')</script> world\n\n<script src=https://evil.test/x.js></script>");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert");
  });

  it("drops event handlers and raw HTML elements outside the allowlist", () => {
    const html = renderMarkdown(`<img src=x onerror="alert(1)"><div onclick="steal()">text</div><iframe src="https://evil.test"></iframe>`);
    expect(html).not.toMatch(/onerror|onclick|<img|<iframe|<div/i);
    expect(html).toContain("text");
  });

  it("removes javascript: and data: links but keeps their words", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) [pic](data:text/html;base64,PHNjcmlwdD4=) [raw](JaVaScRiPt:alert(1))");
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain("click");
  });

  it("marks links to other sites nofollow", () => {
    expect(renderMarkdown("[bank](https://bank.example)")).toContain('rel="nofollow noopener noreferrer"');
  });
});

// The seeded article /faq/credit-record opens with this sentence: bold ending in 。, text right after.
const BOLD_THEN_TEXT = "先说结论:**钱包里的负余额本身不会直接写进个人征信报告。**钱包平台和征信系统是两套不同的体系。";

describe("renderMarkdown on Chinese emphasis (decision 037)", () => {
  it("makes a bold sentence ending in Chinese punctuation bold when text follows without a space", () => {
    const html = renderMarkdown(BOLD_THEN_TEXT);
    expect(html).toBe("<p>先说结论:<strong>钱包里的负余额本身不会直接写进个人征信报告。</strong>钱包平台和征信系统是两套不同的体系。</p>\n");
  });

  it("handles bold around quotes and brackets and inside a sentence", () => {
    expect(renderMarkdown("请**立即**修改密码,**「找回账户」**页面在右上角(**设置**)里。")).toBe(
      "<p>请<strong>立即</strong>修改密码,<strong>「找回账户」</strong>页面在右上角(<strong>设置</strong>)里。</p>\n",
    );
    expect(renderMarkdown("~~已撤销。~~后面")).toBe("<p><del>已撤销。</del>后面</p>\n");
  });

  it("leaves English emphasis as CommonMark has it", () => {
    expect(renderMarkdown("Hello **world**, *really* and __truly__.")).toBe("<p>Hello <strong>world</strong>, <em>really</em> and <strong>truly</strong>.</p>\n");
    // No CJK neighbour: an intraword underscore is a letter and **bold.**text stays literal, as in CommonMark.
    expect(renderMarkdown("set snake_case_name")).toBe("<p>set snake_case_name</p>\n");
    expect(renderMarkdown("**Stop.**Then")).toBe("<p>**Stop.**Then</p>\n");
  });

  it("renders no seeded article with literal emphasis markers", () => {
    for (const article of [...ARTICLES_ZH_CN, ...ARTICLES_EN]) {
      expect({ slug: article.slug, html: renderMarkdown(article.body) }).not.toMatchObject({ html: expect.stringMatching(/\*|__/) });
    }
  });
});

describe("renderMarkdown keeps what articles had with marked", () => {
  it("renders tables with their alignment, headings under the page's h1 and strikethrough", () => {
    const html = renderMarkdown("# 费用\n\n| 项目 | 金额 |\n|:--|--:|\n| 手续费 | 0.10 |\n\n~~旧规则~~");
    expect(html).toContain("<h2>费用</h2>");
    expect(html).toContain('<th align="left">项目</th>');
    expect(html).toContain('<td align="right">0.10</td>');
    expect(html).toContain("<del>旧规则</del>");
  });

  it("does not turn bare addresses into links, but keeps written ones", () => {
    expect(renderMarkdown("见 www.bank.example 或 https://bank.example/help。")).not.toContain("<a");
    expect(renderMarkdown("<https://bank.example>")).toContain('<a href="https://bank.example" rel="nofollow noopener noreferrer">https://bank.example</a>');
  });
});
