import "server-only";
import { db } from "@/lib/db";
import { applyCorrections } from "@/lib/help/apply-corrections";
import { correctQueryWords } from "@/lib/help/correct-query-words";
import { highlightSnippet } from "@/lib/help/highlight-snippet";
import { markdownToText } from "@/lib/help/markdown-to-text";
import { queryTerms } from "@/lib/help/query-terms";
import { isHanTerm } from "@/lib/help/search-terms";
import { LOCALES } from "@/lib/i18n/locales";

export type SearchResult = { slug: string; title: string; snippet: string; score: number };
/**
 * `total` is how many articles match the query (one per slug, like `results`); `results` are the
 * best `limit` of them, so `results.length === Math.min(total, limit)`. Every screen that states a
 * count states `total`: the live box shows fewer items than the page, never a different number.
 * `bestMatch` is the relevance of the best-matching article before the other language's half
 * weight (0 without results): how well the words were found at all (lib/help/search-gap-kind.ts).
 */
export type SearchOutcome = {
  results: SearchResult[];
  total: number;
  bestMatch: number;
  terms: string[];
  isTruncated: boolean;
  correction: SearchCorrection | null;
};

/**
 * A query with misspelled words (decision 022). `isApplied`: the results are those of `query`, the
 * corrected one ("Showing results for …; search instead for …"). Not applied (`isExact`): the
 * results are for the words as typed and `query` is a suggestion ("Did you mean …?").
 */
export type SearchCorrection = { query: string; isApplied: boolean };

type Hit = { slug: string; locale: string; score: number; bestMatch: number; total: number };

/** The most results one search returns (the search page); the API and the live box use the default 10. */
export const MAX_SEARCH_RESULTS = 20;

/*
 * Ranked search over published articles of both languages (decision 018). Full-text match on the
 * prepared terms (indexed tsvector, prefix match so results come while typing); misspelled English
 * words are first corrected against the articles' vocabulary (decision 022), and searched for
 * beside the words as typed unless `isExact` (the reader's "search instead for …"). Hits in the other
 * language count half, so a Chinese query on the English site still lands on the right topic
 * (slugs are shared).
 */
export async function searchArticles(options: { locale: string; query: string; limit?: number; isExact?: boolean }): Promise<SearchOutcome> {
  const limit = Math.min(options.limit ?? 10, MAX_SEARCH_RESULTS);
  const { terms, isTruncated } = queryTerms(options.query);
  if (terms.length === 0) return { results: [], total: 0, bestMatch: 0, terms, isTruncated, correction: null };
  const corrections = await correctQueryWords(terms);
  const isApplied = !options.isExact;
  const searched = isApplied ? [...new Set(terms.flatMap((t) => [t, ...(corrections.get(t) ?? [])]))] : terms;
  // Prefix matches (results while typing) for words and lone characters; a Chinese pair is exact.
  const tsquery = searched.map((t) => (isHanTerm(t) && [...t].length === 2 ? `'${t}'` : `'${t}':*`)).join(" | ");
  const hits = await rankedHits(tsquery, options.locale, limit);

  const best = new Map<string, Hit>();
  for (const hit of hits) if (!best.has(hit.slug)) best.set(hit.slug, hit);
  const top = [...best.values()].slice(0, limit);
  const total = hits[0]?.total ?? 0;
  const bestMatch = hits[0]?.bestMatch ?? 0;
  const correctedQuery = applyCorrections({ query: options.query, corrections });
  // A correction to a word only deleted articles used finds nothing: then there is nothing to show "results for".
  const correction = correctedQuery !== null && (total > 0 || !isApplied) ? { query: correctedQuery, isApplied } : null;
  if (top.length === 0) return { results: [], total, bestMatch, terms, isTruncated, correction };

  const articles = await db.faqArticle.findMany({
    where: { slug: { in: top.map((h) => h.slug) }, status: "PUBLISHED" },
    select: { slug: true, locale: true, title: true, summary: true, body: true },
  });
  const results = top.flatMap((hit) => {
    const article = articles.find((a) => a.slug === hit.slug && a.locale === options.locale) ?? articles.find((a) => a.slug === hit.slug && a.locale === hit.locale);
    if (!article) return [];
    const snippet = highlightSnippet({ text: `${article.summary} ${markdownToText(article.body)}`, terms: searched });
    return [{ slug: article.slug, title: article.title, snippet, score: Math.round(hit.score * 10_000) / 10_000 }];
  });
  return { results, total, bestMatch, terms, isTruncated, correction };
}

/*
 * Full-text hits: every match ranked on its small title vector, the best of them (30, or enough
 * rows for `limit` slugs: one slug has at most one row per language) on the whole text. Every row
 * also carries the best relevance among those candidates (before the language weight) and the
 * number of distinct slugs among all matches (`total`). Sequential scans are off: on a table this
 * size the planner prefers reading every row, which decompresses every article's vector (20-40 ms
 * for 2,000 articles here), where the GIN index answers in a few.
 */
async function rankedHits(tsquery: string, locale: string, limit: number): Promise<Hit[]> {
  const rows = limit * LOCALES.length;
  const [, hits] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<Hit[]>`
      WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS tsq),
      matches AS (
        SELECT a."id", a."slug", ts_rank(a."titleVector", q.tsq) AS title_rank
          FROM "FaqArticle" a, q WHERE a."status" = 'PUBLISHED' AND a."searchVector" @@ q.tsq
      ),
      candidates AS (SELECT m."id", m.title_rank FROM matches m ORDER BY m.title_rank DESC LIMIT ${Math.max(30, rows)}),
      ranked AS (
        SELECT a."slug", a."locale", (c.title_rank + ts_rank_cd(a."searchVector", q.tsq, 1))::float8 AS relevance
          FROM candidates c JOIN "FaqArticle" a ON a."id" = c."id", q
      )
      SELECT r."slug", r."locale", (r.relevance * CASE WHEN r."locale" = ${locale} THEN 1 ELSE 0.5 END)::float8 AS score,
             max(r.relevance) OVER () AS "bestMatch",
             (SELECT count(DISTINCT m."slug") FROM matches m)::int AS total
        FROM ranked r
        ORDER BY score DESC, r."slug" LIMIT ${rows}`,
  ]);
  return hits;
}
