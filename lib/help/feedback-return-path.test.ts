import { describe, expect, it } from "vitest";
import { feedbackReturnPath } from "@/lib/help/feedback-return-path";

describe("feedbackReturnPath", () => {
  it("goes back to the article at the answer", () => {
    expect(feedbackReturnPath({ slug: "credit-record", answer: "not-helpful" })).toBe("/faq/credit-record#feedback-not-helpful");
  });

  it("never leaves the help center, whatever a forged form sends", () => {
    expect(feedbackReturnPath({ slug: "//evil.example/x", answer: "error" })).toBe("/faq/%2F%2Fevil.example%2Fx#feedback-error");
    expect(feedbackReturnPath({ slug: "a?b#c\\d", answer: "error" })).toBe("/faq/a%3Fb%23c%5Cd#feedback-error");
    expect(feedbackReturnPath({ slug: undefined, answer: "error" })).toBe("/faq#feedback-error");
    expect(feedbackReturnPath({ slug: "x".repeat(121), answer: "throttled" })).toBe("/faq#feedback-throttled");
  });
});
