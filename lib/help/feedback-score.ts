/** Votes before an article can be flagged: two early "no"s say little. */
export const MIN_VOTES_TO_FLAG = 5;
/** Flag an article when fewer than this share of its voters found it helpful. */
export const LOW_SCORE = 0.5;
/** z for a two-sided 95% interval: the bound below is wrong about one article in forty. */
const Z = 1.96;

/**
 * `helpfulAtMost`: the highest helpful share the votes still allow (the upper end of the 95%
 * Wilson score interval), null without votes. Low means "surely unhelpful": 0 of 20 is 0.16,
 * 0 of 1 is 0.79, so one "no" does not outrank twenty (decision 039).
 */
export type FeedbackScore = { votes: number; helpful: number; share: number | null; helpfulAtMost: number | null; isLow: boolean };

/** An article's helpfulness from its votes, and whether editors should look at it. */
export function feedbackScore(counts: { helpful: number; notHelpful: number }): FeedbackScore {
  const votes = counts.helpful + counts.notHelpful;
  if (votes === 0) return { votes, helpful: counts.helpful, share: null, helpfulAtMost: null, isLow: false };
  const share = counts.helpful / votes;
  const spread = (Z * Z) / votes;
  const centre = share + spread / 2;
  const margin = Z * Math.sqrt((share * (1 - share) + spread / 4) / votes);
  const helpfulAtMost = Math.min(1, (centre + margin) / (1 + spread));
  return { votes, helpful: counts.helpful, share, helpfulAtMost, isLow: votes >= MIN_VOTES_TO_FLAG && share < LOW_SCORE };
}
