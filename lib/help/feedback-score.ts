/** Votes before an article can be flagged: two early "no"s say little. */
export const MIN_VOTES_TO_FLAG = 5;
/** Flag an article when fewer than this share of its voters found it helpful. */
export const LOW_SCORE = 0.5;

export type FeedbackScore = { votes: number; helpful: number; share: number | null; isLow: boolean };

/** An article's helpfulness from its votes, and whether editors should look at it. */
export function feedbackScore(counts: { helpful: number; notHelpful: number }): FeedbackScore {
  const votes = counts.helpful + counts.notHelpful;
  const share = votes === 0 ? null : counts.helpful / votes;
  return { votes, helpful: counts.helpful, share, isLow: votes >= MIN_VOTES_TO_FLAG && share !== null && share < LOW_SCORE };
}
