/**
 * What a reader sees after sending "was this helpful?". Each is also the id (`feedback-<answer>`)
 * of its part of the feedback box: a form sent without JavaScript comes back to the article with
 * that fragment, and the page (static, the same for everyone) shows it with CSS `:target`.
 */
export const FEEDBACK_ANSWERS = ["helpful", "not-helpful", "thanks", "already-voted", "throttled", "error"] as const;
export type FeedbackAnswer = (typeof FEEDBACK_ANSWERS)[number];

/** How the server took one feedback request. */
export type FeedbackOutcome = "recorded" | "repeated" | "throttled" | "failed";

/**
 * The answer to a vote (no comment) or to a comment. A "no" always leads on to the wizard and to
 * support, also when the visitor had voted before: they still need help. A repeated "yes" says
 * the first vote counts. A comment is thanked even when it was not attached (a vote only takes
 * one): the reader cannot do anything about that.
 */
export function feedbackAnswer(options: { isHelpful: boolean; hasComment: boolean; outcome: FeedbackOutcome }): FeedbackAnswer {
  if (options.outcome === "throttled") return "throttled";
  if (options.outcome === "failed") return "error";
  if (options.hasComment) return "thanks";
  if (!options.isHelpful) return "not-helpful";
  return options.outcome === "recorded" ? "helpful" : "already-voted";
}
