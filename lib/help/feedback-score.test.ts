import { describe, expect, it } from "vitest";
import { feedbackScore } from "@/lib/help/feedback-score";

describe("feedbackScore", () => {
  it("has no share and no bound before anyone voted", () => {
    expect(feedbackScore({ helpful: 0, notHelpful: 0 })).toEqual({ votes: 0, helpful: 0, share: null, helpfulAtMost: null, isLow: false });
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

  // Hand-checked: with no "yes" the Wilson upper bound is z² / (n + z²), z = 1.96.
  it("says twenty 'no's are surely unhelpful and a single 'no' is not", () => {
    expect(feedbackScore({ helpful: 0, notHelpful: 20 }).helpfulAtMost).toBeCloseTo(3.8416 / 23.8416, 6); // 0.161
    expect(feedbackScore({ helpful: 0, notHelpful: 1 }).helpfulAtMost).toBeCloseTo(3.8416 / 4.8416, 6); // 0.793
  });

  it("bounds a mixed rating above its share, and closer to it the more votes there are", () => {
    // 2 of 10 helpful: (0.2 + 0.19208 + 1.96·√(0.016 + 0.009604)) / 1.38416 = 0.5098 (by hand).
    expect(feedbackScore({ helpful: 2, notHelpful: 8 }).helpfulAtMost).toBeCloseTo(0.5098, 4);
    expect(feedbackScore({ helpful: 20, notHelpful: 80 }).helpfulAtMost).toBeCloseTo(0.2888, 4);
  });

  it("never bounds above 1", () => {
    expect(feedbackScore({ helpful: 5, notHelpful: 0 }).helpfulAtMost).toBeLessThanOrEqual(1);
  });
});
