import "server-only";
import { recordSearchMiss } from "@/lib/help/record-search-miss";
import { searchArticles, type SearchOutcome } from "@/lib/help/search-articles";
import { searchGapKind, type SearchGapKind } from "@/lib/help/search-gap-kind";

/**
 * One reader's search, as the search page and GET /api/faq/search both answer it: the results
 * (searchArticles, the one definition of "the results for this query"), and, unless the reader is
 * still typing (`isLive`), the search counted as a gap when it found nothing or only weak matches.
 */
export async function answerSearch(options: {
  locale: string;
  query: string;
  limit?: number;
  isExact?: boolean;
  isLive?: boolean;
  ip: string;
}): Promise<SearchOutcome & { gap: SearchGapKind | null }> {
  const outcome = await searchArticles({ locale: options.locale, query: options.query, limit: options.limit, isExact: options.isExact });
  const gap = searchGapKind({ termCount: outcome.terms.length, total: outcome.total, bestMatch: outcome.bestMatch });
  if (gap && !options.isLive) await recordSearchMiss({ locale: options.locale, query: options.query, kind: gap, ip: options.ip });
  return { ...outcome, gap };
}
