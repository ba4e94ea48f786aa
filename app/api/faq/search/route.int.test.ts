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

  it("states the total beyond the 10 results it lists (余额 is in 16 topics)", async () => {
    const { body } = await search({ q: "余额", locale: "zh-CN", live: "1" });
    expect(body.total).toBe(16);
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
