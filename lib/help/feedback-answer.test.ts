import { describe, expect, it } from "vitest";
import { feedbackAnswer } from "@/lib/help/feedback-answer";

describe("feedbackAnswer", () => {
  it("asks for a comment after a first 'yes' and says the first vote counts after a second", () => {
    expect(feedbackAnswer({ isHelpful: true, hasComment: false, outcome: "recorded" })).toBe("helpful");
    expect(feedbackAnswer({ isHelpful: true, hasComment: false, outcome: "repeated" })).toBe("already-voted");
  });

  it("offers the wizard and support after every 'no', a repeated one too", () => {
    expect(feedbackAnswer({ isHelpful: false, hasComment: false, outcome: "recorded" })).toBe("not-helpful");
    expect(feedbackAnswer({ isHelpful: false, hasComment: false, outcome: "repeated" })).toBe("not-helpful");
  });

  it("thanks for a comment, stored or not", () => {
    expect(feedbackAnswer({ isHelpful: false, hasComment: true, outcome: "recorded" })).toBe("thanks");
    expect(feedbackAnswer({ isHelpful: true, hasComment: true, outcome: "repeated" })).toBe("thanks");
  });

  it("says so when the server refused or failed, whatever was sent", () => {
    expect(feedbackAnswer({ isHelpful: false, hasComment: true, outcome: "throttled" })).toBe("throttled");
    expect(feedbackAnswer({ isHelpful: true, hasComment: false, outcome: "failed" })).toBe("error");
  });
});
