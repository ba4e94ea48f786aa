import { isHanTerm, searchTerms } from "@/lib/help/search-terms";

/** Only the start of a huge query is read: enough for any real question, cheap for a 10,000-character one. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 16;

/**
 * The terms a query searches for: its search terms without repeats, single Latin letters (they
 * would match every word as a prefix) and anything past the first 16.
 */
export function queryTerms(query: string): { terms: string[]; isTruncated: boolean } {
  const isTruncated = query.length > MAX_QUERY_LENGTH;
  const terms = [...new Set(searchTerms(query.slice(0, MAX_QUERY_LENGTH)))].filter((t) => isHanTerm(t) || t.length >= 2);
  return { terms: terms.slice(0, MAX_TERMS), isTruncated };
}
