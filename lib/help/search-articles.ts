import "server-only";
import { db } from "@/lib/db";
import { highlightSnippet } from "@/lib/help/highlight-snippet";
import { markdownToText } from "@/lib/help/markdown-to-text";
import { queryTerms } from "@/lib/help/query-terms";

export type SearchResult = { slug: string; title: string; snippet: string; score: number };
export type SearchOutcome = { results: SearchResult[]; terms: string[]; isTruncated: boolean };

type Hit = { slug: string; locale: string; score: number };

/*
 * Ranked search over published articles of both languages (decision 018). Full-text match on the
 * prepared terms (indexed tsvector, prefix match so results come while typing), plus trigram word
 * similarity on the title terms for English typos. Hits in the other language count half, so a
 * Chinese query on the English site still lands on the right topic (slugs are shared).
 */
export async function searchArticles(options: { locale: string; query: string; limit?: number }): Promise<SearchOutcome> {
  const limit = Math.min(options.limit ?? 10, 20);
  const { terms, isTruncated } = queryTerms(options.query);
  if (terms.length === 0) return { results: [], terms, isTruncated };
  const tsquery = terms.map((t) => `'${t}':*`).join(" | ");
  const latin = terms.filter((t) => /^[\p{Script=Latin}\p{N}]+$/u.test(t) && t.length >= 4).join(" ");

  const hits = await db.$queryRaw<Hit[]>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS tsq),
    matched AS (
      SELECT a."slug", a."locale", ts_rank_cd(a."searchVector", q.tsq, 1) AS rank, 0::float4 AS sim
        FROM "FaqArticle" a, q WHERE a."status" = 'PUBLISHED' AND a."searchVector" @@ q.tsq
      UNION ALL
      SELECT a."slug", a."locale", 0, word_similarity(${latin}, a."searchTitle")
        FROM "FaqArticle" a WHERE ${latin} <> '' AND a."status" = 'PUBLISHED' AND ${latin} <% a."searchTitle"
    )
    SELECT "slug", "locale", (max(rank) + max(sim) * 0.3)::float8 * CASE WHEN "locale" = ${options.locale} THEN 1 ELSE 0.5 END AS score
      FROM matched GROUP BY "slug", "locale" ORDER BY score DESC, "slug" LIMIT ${limit * 2}`;

  const best = new Map<string, Hit>();
  for (const hit of hits) if (!best.has(hit.slug)) best.set(hit.slug, hit);
  const top = [...best.values()].slice(0, limit);
  if (top.length === 0) return { results: [], terms, isTruncated };

  const articles = await db.faqArticle.findMany({
    where: { slug: { in: top.map((h) => h.slug) }, status: "PUBLISHED" },
    select: { slug: true, locale: true, title: true, summary: true, body: true },
  });
  const results = top.flatMap((hit) => {
    const article = articles.find((a) => a.slug === hit.slug && a.locale === options.locale) ?? articles.find((a) => a.slug === hit.slug && a.locale === hit.locale);
    if (!article) return [];
    const snippet = highlightSnippet({ text: `${article.summary} ${markdownToText(article.body)}`, terms });
    return [{ slug: article.slug, title: article.title, snippet, score: Math.round(hit.score * 10_000) / 10_000 }];
  });
  return { results, terms, isTruncated };
}
