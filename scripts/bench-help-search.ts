// Search server time on 1,000 generated articles per language (run by scripts/bench-help.ts with
// `--conditions react-server`, so lib/ code marked "server-only" loads outside Next). Prints one
// JSON line: { p50, p99, queries }.
import { performance } from "node:perf_hooks";
import { articleSearchFields } from "@/lib/help/article-search-fields";
import { FAQ_SOURCES } from "@/prisma/seed/faq/build-faq-rows";

const PER_LOCALE = 1000;
const ROUNDS = 20;
const QUERIES: [string, string][] = [
  ["zh-CN", "负余额会影响信用记录吗"],
  ["zh-CN", "充值"],
  ["zh-CN", "账户被盗怎么办"],
  ["zh-CN", "返现被扣回"],
  ["en", "credit record"],
  ["en", "credt recrod"],
  ["en", "why is my balance negative"],
  ["en", "信用记录"],
  ["zh-CN", "refund reversed"],
  ["en", "'; DROP TABLE x; --"],
];

/** Article n of a language: sentences of the demo articles, recombined, so every word is real. */
function generated(locale: "zh-CN" | "en", n: number) {
  const sources = FAQ_SOURCES[locale];
  const a = sources[n % sources.length]!;
  const b = sources[(n * 7 + 3) % sources.length]!;
  const article = { title: `${a.title} (${n})`, tags: [...a.tags, ...b.tags.slice(0, 1)], summary: b.summary, body: `${a.body}\n\n${b.body}` };
  return { id: `bench_${locale}_${n}`, slug: `bench-${n}`, locale, category: a.category, position: n, ...article, ...articleSearchFields(article), status: "PUBLISHED" as const, publishedAt: new Date(), updatedAt: new Date() };
}

async function main() {
  const { db } = await import("@/lib/db");
  const { searchArticles } = await import("@/lib/help/search-articles");
  for (const locale of ["zh-CN", "en"] as const) {
    const rows = Array.from({ length: PER_LOCALE }, (_, n) => generated(locale, n));
    for (let i = 0; i < rows.length; i += 200) await db.faqArticle.createMany({ data: rows.slice(i, i + 200) });
  }
  await db.$executeRawUnsafe(`ANALYZE "FaqArticle"`);
  for (const [locale, query] of QUERIES) await searchArticles({ locale, query }); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [locale, query] of QUERIES) {
      const started = performance.now();
      await searchArticles({ locale, query });
      times.push(performance.now() - started);
    }
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(JSON.stringify({ p50: at(0.5), p99: at(0.99), queries: times.length, articles: await db.faqArticle.count() }));
  await db.$disconnect();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
