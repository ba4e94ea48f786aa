import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FEEDBACK_ANSWERS } from "@/lib/help/feedback-answer";
import en from "@/messages/en/help.json";
import zh from "@/messages/zh-CN/help.json";
import { ArticleFeedback } from "./article-feedback";
import type { FeedbackLabels } from "./feedback-labels";

// The HTML the prerendered article carries: all a browser without JavaScript ever gets.
const render = (labels: FeedbackLabels) => renderToStaticMarkup(<ArticleFeedback slug="credit-record" locale="zh-CN" labels={labels} />);
const forms = (html: string) => html.match(/<form[^>]*>.*?<\/form>/g) ?? [];
const postsToTheApi = (form: string) => {
  const open = form.slice(0, form.indexOf(">"));
  return open.includes('method="post"') && open.includes('action="/api/faq/feedback"');
};
const part = (html: string, id: string) => new RegExp(`<(div|p) id="${id}"[^>]*>(.*?)</\\1>`).exec(html);

describe("the feedback box without JavaScript", () => {
  const html = render(zh.feedback);

  it("asks with a real form: yes and no are submit buttons posting to the API with the article", () => {
    const ask = forms(html)[0]!;
    expect(postsToTheApi(ask)).toBe(true);
    expect(ask).toContain('<input type="hidden" name="slug" value="credit-record"/>');
    expect(ask).toContain('<input type="hidden" name="locale" value="zh-CN"/>');
    for (const [text, value] of [["有帮助", "true"], ["没帮助", "false"]]) {
      const button = new RegExp(`<button([^>]*)>${text}</button>`).exec(ask)![1]!;
      expect(button.split(" ")).toEqual(expect.arrayContaining(['type="submit"', 'name="isHelpful"', `value="${value}"`]));
    }
    // Hidden when the page is opened at an answer that replaces it (not at "try again later").
    expect(ask).toContain("group-has-[.feedback-done:target]/feedback:hidden");
  });

  it("has a hidden part for every answer the API can send a form back to, shown only at its fragment", () => {
    for (const answer of FEEDBACK_ANSWERS) {
      const found = part(html, `feedback-${answer}`);
      expect(found, answer).not.toBeNull();
      expect(found![0], answer).toMatch(/class="[^"]*hidden target:block/);
    }
    expect(part(html, "feedback-already-voted")![2]).toBe("你已经评价过这篇文章,谢谢!");
    expect(part(html, "feedback-already-voted")![0]).toContain("feedback-done");
    expect(part(html, "feedback-throttled")![0]).not.toContain("feedback-done");
  });

  it("after a 'no' offers the wizard and support, and a comment sent as a 'no'", () => {
    const panel = part(html, "feedback-not-helpful")![2]!;
    expect(panel).toContain("很抱歉,这篇文章没能解决你的问题。");
    expect(panel).toContain('<a class="text-link" href="/diagnose">用自助诊断查一查余额为什么变成负数</a>');
    expect(panel).toContain('<a class="text-link" href="/tickets/new">联系客服,让我们帮你看看</a>');
    const comment = forms(panel)[0]!;
    expect(postsToTheApi(comment)).toBe(true);
    expect(comment).toContain('<input type="hidden" name="isHelpful" value="false"/>');
    expect(comment).toMatch(/<textarea[^>]*name="comment"[^>]*maxLength="1000"/);
    expect(comment).toContain("这篇文章缺了什么?(可不填)");
  });

  it("says the same in English", () => {
    const panel = part(render(en.feedback), "feedback-not-helpful")![2]!;
    expect(panel).toContain(">Find out why your balance went negative with the self-diagnosis</a>");
    expect(panel).toContain('href="/tickets/new">Contact support and let us look into it</a>');
    expect(panel).toContain("What was missing from this article? (optional)");
  });
});
