/**
 * Below this relevance the best article only mentions the words in passing. Relevance is the
 * title-and-tags rank plus the whole-text rank (lib/help/search-articles.ts) before the half
 * weight of the other language. On the demo articles one mention in a text scores about 0.08 and
 * two about 0.16; a word in an article's title or tags adds about 0.06 and the right article
 * scores 0.25 or more (透支 0.25, 退款 0.69, 账户被盗 1.07), while 手机号 (0.08), 银行卡 (0.16),
 * 我的钱去哪了 (0.16) and "bank card" (0.17) find only passing mentions. Decision 038.
 */
export const WEAK_MATCH_BELOW = 0.2;

/** Why a search is one of the help center's gaps: it found nothing, or only weak matches. */
export type SearchGapKind = "NO_RESULTS" | "WEAK";

/**
 * Whether a search is a gap, and which kind. A query with no words to search for (punctuation,
 * single letters) is not one: there was nothing to find.
 */
export function searchGapKind(options: { termCount: number; total: number; bestMatch: number }): SearchGapKind | null {
  if (options.termCount === 0) return null;
  if (options.total === 0) return "NO_RESULTS";
  return options.bestMatch < WEAK_MATCH_BELOW ? "WEAK" : null;
}
