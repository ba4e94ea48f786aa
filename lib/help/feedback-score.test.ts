import { describe, expect, it } from "vitest";
import { feedbackScore } from "@/lib/help/feedback-score";

describe("feedbackScore", () => {
  it("has no share before anyone voted", () => {
    expect(feedbackScore({ helpful: 0, notHelpful: 0 })).toEqual({ votes: 0, helpful: 0, share: null, isLow: false });
  });

  it("does not flag an article on a handful of votes", () => {
    expect(feedbackScore({ helpful: 0, notHelpful: 4 }).isLow).toBe(false);
  });

  it("flags an article most voters found unhelpful", () => {
    expect(feedbackScore({ helpful: 2, notHelpful: 3 })).toMatchObject({ votes: 5, share: 0.4, isLow: true });
  });

  it("does not flag an article at exactly half", () => {
    expect(feedbackScore({ helpful: 3, notHelpful: 3 }).isLow).toBe(false);
  });
});
