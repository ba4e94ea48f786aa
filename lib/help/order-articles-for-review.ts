import type { FeedbackScore } from "@/lib/help/feedback-score";

/**
 * The editors' reading order (decision 039): flagged articles first, then every other rated
 * one, then those without votes; within each, the surest to be unhelpful first (lowest upper
 * bound of the helpful share, so twenty "no"s come before one), then the lower share, then more
 * votes. Equal articles keep the order they came in (language, category, position).
 */
export function orderArticlesForReview<T extends { score: FeedbackScore }>(articles: readonly T[]): T[] {
  const group = ({ score }: T) => (score.isLow ? 0 : score.votes > 0 ? 1 : 2);
  return [...articles].sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.score.helpfulAtMost ?? 0) - (b.score.helpfulAtMost ?? 0) ||
      (a.score.share ?? 0) - (b.score.share ?? 0) ||
      b.score.votes - a.score.votes,
  );
}
