import { NextRequest } from "next/server";
import { beforeAll, describe, expect, inject, it } from "vitest";

/*
 * GET /api/faq/search through its handler, on the demo help center: what the live search box
 * and API clients read. Without the portal's own server every caller's address is "unknown".
 */
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { hasDemoData, seedDemoData } = await import("@/prisma/seed/seed-demo-data");
const { MAX_SEARCH_RESULTS, searchArticles } = await import("@/lib/help/search-articles");
const { GET } = await import("@/app/api/faq/search/route");
const { answerSearch } = await import("@/lib/help/answer-search");
const { recordSearchMiss } = await import("@/lib/help/record-search-miss");
const { listSearchMisses } = await import("@/lib/help/list-search-misses");
import type { SessionUser } from "@/lib/auth/session-user";

const supervisor: SessionUser = { id: "usr_supervisor_chen", role: "SUPERVISOR", name: "陈主管", locale: "zh-CN", walletAccountId: null };
const run = Date.now().toString(36);

beforeAll(async () => {
  if (!(await hasDemoData(db))) await seedDemoData(db);
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" IN ('faq-search:unknown', 'write.searchMiss:unknown')`;
}, 120_000);

async function search(params: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await GET(new NextRequest(`http://localhost/api/faq/search?${new URLSearchParams(params)}`), undefined);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/faq/search", () => {
  it("states the same total as the search page for 账户被盗 (10), with at most 10 results", async () => {
    const { status, body } = await search({ q: "账户被盗", locale: "zh-CN", live: "1" });
    expect(status).toBe(200);
    expect(body.total).toBe(10);
    expect(body.results).toHaveLength(10);
    const page = await searchArticles({ locale: "zh-CN", query: "账户被盗", limit: MAX_SEARCH_RESULTS });
    expect(body.total).toBe(page.total);
  });

  it("states the total beyond the 10 results it lists (余额 is in 16 seeded topics)", async () => {
    const { body } = await search({ q: "余额", locale: "zh-CN", live: "1" });
    // At least the 16 seeded topics: other test files publish articles of their own (e.g. the
    // editor's tests), so the exact number depends on which ran first.
    expect(body.total).toBeGreaterThanOrEqual(16);
    expect(body.results).toHaveLength(10);
  });

  it("answers a query without matches with total 0", async () => {
    const { body } = await search({ q: "外卖", locale: "zh-CN", live: "1" });
    expect(body).toMatchObject({ results: [], total: 0 });
  });

  it("says which corrected query its results are for, and searches the words as typed with exact=1", async () => {
    const corrected = await search({ q: "refnud", locale: "en", live: "1" });
    expect(corrected.body).toMatchObject({ correction: { query: "refund", applied: true } });
    expect((corrected.body.results as { slug: string }[])[0]!.slug).toBe("refund-reversal");
    // No article has a word starting with "refnud": as typed it finds nothing, and "refund" is a suggestion.
    const typed = await search({ q: "refnud", locale: "en", live: "1", exact: "1" });
    expect(typed.body).toEqual({ results: [], total: 0, correction: { query: "refund", applied: false } });
    const twoWords = await search({ q: "Credt record", locale: "zh-CN", live: "1" });
    expect(twoWords.body.correction).toEqual({ query: "credit record", applied: true });
  });

  it("has no correction when every word is an article word or a word's beginning", async () => {
    for (const q of ["credit record", "overdr", "信用记录"]) {
      const { body } = await search({ q, locale: "en", live: "1" });
      expect(body).not.toHaveProperty("correction");
      expect(body.total).toBeGreaterThan(0);
    }
  });
});

describe("search gaps: searches that found nothing or only weak matches", () => {
  const gap = (locale: string, query: string) => db.faqSearchMiss.findUnique({ where: { locale_query: { locale, query } }, select: { kind: true, count: true } });

  it("counts a search whose best article only mentions the words in passing as a weak gap, and still answers it", async () => {
    // 银行卡: 3 articles mention 银行 or 行卡 in their text, none in a title or tag (hand-checked).
    const before = (await gap("zh-CN", "银行卡"))?.count ?? 0;
    const { body } = await search({ q: "银行卡", locale: "zh-CN" });
    expect(body.total).toBe(3);
    expect(await gap("zh-CN", "银行卡")).toEqual({ kind: "WEAK", count: before + 1 });
    const bank = (await gap("en", "bank card"))?.count ?? 0;
    await search({ q: "Bank  card", locale: "en" });
    expect(await gap("en", "bank card")).toEqual({ kind: "WEAK", count: bank + 1 });
  });

  it("counts a search without results as a gap with no results", async () => {
    const before = (await gap("zh-CN", "外卖"))?.count ?? 0;
    await search({ q: "外卖", locale: "zh-CN" });
    expect(await gap("zh-CN", "外卖")).toEqual({ kind: "NO_RESULTS", count: before + 1 });
  });

  it("does not count a search that found its answer, even a single one, nor one typed in the live box", async () => {
    for (const [locale, q] of [["zh-CN", "账户被盗"], ["zh-CN", "透支"], ["en", "refund"], ["en", "refnud"]] as const) {
      await search({ q, locale });
      expect(await gap(locale, q), q).toBeNull();
    }
    const before = await gap("zh-CN", "银行卡");
    await search({ q: "银行卡", locale: "zh-CN", live: "1" });
    await search({ q: "外卖", locale: "zh-CN", live: "1" });
    expect(await gap("zh-CN", "银行卡")).toEqual(before);
  });

  it("counts the search page's searches the same way (answerSearch, its one entry)", async () => {
    const query = `手机号`;
    const before = (await gap("zh-CN", query))?.count ?? 0;
    const outcome = await answerSearch({ locale: "zh-CN", query, limit: MAX_SEARCH_RESULTS, ip: "unknown" });
    expect(outcome.gap).toBe("WEAK");
    expect(outcome.total).toBeGreaterThan(0);
    expect(await gap("zh-CN", query)).toEqual({ kind: "WEAK", count: before + 1 });
  });

  it("keeps the latest kind of a query and counts both, and lists the kind for editors", async () => {
    const query = `新问题 ${run}`;
    await recordSearchMiss({ locale: "zh-CN", query, kind: "NO_RESULTS", ip: `192.0.2.7-${run}` });
    await recordSearchMiss({ locale: "zh-CN", query, kind: "WEAK", ip: `192.0.2.7-${run}` });
    expect(await gap("zh-CN", query)).toEqual({ kind: "WEAK", count: 2 });
    const listed = await listSearchMisses({ actor: supervisor, limit: 1000 });
    expect(listed.find((miss) => miss.query === query)).toMatchObject({ locale: "zh-CN", kind: "WEAK", count: 2 });
    expect(listed.find((miss) => miss.query === "外卖")).toMatchObject({ kind: "NO_RESULTS" });
  });
});
