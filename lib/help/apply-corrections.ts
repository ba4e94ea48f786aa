import { MAX_QUERY_LENGTH } from "@/lib/help/query-terms";

/** A run of letters, marks and digits outside Chinese: the pieces searchTerms makes Latin terms of. */
const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;

/**
 * The query as the reader would have typed it without the typos: each word that correctQueryWords
 * corrected is replaced by its nearest article word, everything else is kept as typed. Only the
 * searched start of the query is read (the rest was never searched). Null when nothing changed,
 * so "Showing results for …" appears only when a word was really corrected.
 */
export function applyCorrections(options: { query: string; corrections: ReadonlyMap<string, readonly string[]> }): string | null {
  if (options.corrections.size === 0) return null;
  let isChanged = false;
  const corrected = options.query.slice(0, MAX_QUERY_LENGTH).replace(WORD, (word) => {
    const replacement = options.corrections.get(word.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase())?.[0];
    if (replacement === undefined) return word;
    isChanged = true;
    return replacement;
  });
  return isChanged ? corrected.trim().replace(/\s+/g, " ") : null;
}
