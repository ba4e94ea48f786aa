import "server-only";
import { db } from "@/lib/db";
import { allowedEdits, editDistance } from "@/lib/help/edit-distance";

const MIN_LENGTH = 4;
const CANDIDATES = 10;
const KEPT = 2;

/*
 * Spelling correction against the articles' own vocabulary (FaqWord, decision 022). A Latin query
 * word that no article word starts with is replaced by the nearest article words: trigram
 * distance (GiST index) finds the 10 nearest candidates cheaply, then edit distance with swaps decides,
 * because trigrams score a swap (recrod) as low as an unrelated word (recover).
 * Returns the corrections per misspelled word; known words and Chinese terms have none.
 */
export async function correctQueryWords(terms: readonly string[]): Promise<Map<string, string[]>> {
  const words = terms.filter((t) => t.length >= MIN_LENGTH && /^[\p{Script=Latin}]+$/u.test(t));
  const corrections = new Map<string, string[]>();
  if (words.length === 0) return corrections;
  // Nearest first by trigram distance (GiST KNN): no similarity threshold, so a swapped pair,
  // which loses 2 of its 3 trigrams, still reaches the edit check below.
  const candidates = await db.$queryRaw<{ term: string; word: string }[]>`
    SELECT q.term, c."word" FROM unnest(${words}::text[]) AS q(term)
      CROSS JOIN LATERAL (SELECT f."word" FROM "FaqWord" f ORDER BY f."word" <-> q.term LIMIT ${CANDIDATES}) c
     WHERE NOT EXISTS (SELECT 1 FROM "FaqWord" k WHERE k."word" LIKE q.term || '%')`;
  for (const term of words) {
    const near = candidates
      .filter((c) => c.term === term)
      .map((c) => ({ word: c.word, edits: editDistance(term, c.word) }))
      .filter((c) => c.edits <= allowedEdits(term))
      .sort((a, b) => a.edits - b.edits);
    if (near.length > 0) corrections.set(term, near.slice(0, KEPT).map((c) => c.word));
  }
  return corrections;
}
