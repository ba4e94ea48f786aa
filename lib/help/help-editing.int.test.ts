import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { hasDemoData, seedDemoData } = await import("@/prisma/seed/seed-demo-data");
const { recordFeedback } = await import("@/lib/help/record-feedback");
const { saveArticle } = await import("@/lib/help/save-article");
const { getArticleForEditor } = await import("@/lib/help/get-article-for-editor");
const { listArticlesForEditors } = await import("@/lib/help/list-articles-for-editors");
const { recordSearchMiss } = await import("@/lib/help/record-search-miss");
const { listSearchMisses } = await import("@/lib/help/list-search-misses");
const { searchArticles } = await import("@/lib/help/search-articles");

const supervisor: SessionUser = { id: "usr_supervisor_chen", role: "SUPERVISOR", name: "陈主管", locale: "zh-CN", walletAccountId: null };
const agent: SessionUser = { id: "usr_agent_wang", role: "AGENT", name: "王客服", locale: "zh-CN", walletAccountId: null };
const run = Date.now().toString(36);

beforeAll(async () => {
  if (!(await hasDemoData(db))) await seedDemoData(db);
}, 120_000);

describe("feedback", () => {
  it("keeps one vote per visitor per article, however often and however fast it is sent", async () => {
    const visitorId = `it-${run}-a`;
    const votes = await Promise.all([true, false, true, false].map((isHelpful) => recordFeedback({ slug: "overdraft", locale: "en", isHelpful, visitorId })));
    expect(votes.filter((v) => v.recorded)).toHaveLength(1);
    expect(await db.faqFeedback.count({ where: { visitorId } })).toBe(1);
  });

  it("adds a comment to the visitor's vote once, never changes the vote", async () => {
    const visitorId = `it-${run}-b`;
    await recordFeedback({ slug: "overdraft", locale: "en", isHelpful: false, visitorId });
    expect(await recordFeedback({ slug: "overdraft", locale: "en", isHelpful: true, comment: "Unclear about pending payments", visitorId })).toEqual({ recorded: true });
    expect(await recordFeedback({ slug: "overdraft", locale: "en", isHelpful: true, comment: "second try", visitorId })).toEqual({ recorded: false });
    const row = await db.faqFeedback.findFirstOrThrow({ where: { visitorId } });
    expect(row).toMatchObject({ isHelpful: false, comment: "Unclear about pending payments" });
  });

  it("refuses feedback on an article that does not exist", async () => {
    await expect(recordFeedback({ slug: "no-such-article", locale: "en", isHelpful: true, visitorId: `it-${run}-c` })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("flags an article most readers found unhelpful for supervisors", async () => {
    for (let i = 0; i < 5; i++) await recordFeedback({ slug: "budget-and-bookkeeping", locale: "en", isHelpful: i === 0, visitorId: `it-${run}-flag-${i}` });
    const rows = await listArticlesForEditors({ actor: supervisor });
    const row = rows.find((r) => r.slug === "budget-and-bookkeeping" && r.locale === "en")!;
    expect(row.score.isLow).toBe(true);
    expect(rows[0]!.score.isLow).toBe(true);
  });
});

describe("editing", () => {
  const input = { locale: "en" as const, slug: `it-${run}`, category: "money" as const, title: "Splitting bills with friends", summary: "Who pays when", body: "Use **transfers**.", tags: ["bills"], position: 50 };

  it("refuses agents and anonymous callers", async () => {
    await expect(saveArticle({ actor: agent, input, intent: "publish" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveArticle({ actor: null, input, intent: "publish" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listArticlesForEditors({ actor: agent })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listSearchMisses({ actor: agent })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("creates a draft, publishes it (searchable), unpublishes it, and keeps every revision with its editor", async () => {
    const created = await saveArticle({ actor: supervisor, input, intent: "save" });
    expect(created.status).toBe("DRAFT");
    expect((await searchArticles({ locale: "en", query: "splitting bills" })).results.map((r) => r.slug)).not.toContain(input.slug);

    await saveArticle({ actor: supervisor, id: created.id, input: { ...input, body: "Use **transfers** and keep receipts." }, intent: "publish" });
    expect((await searchArticles({ locale: "en", query: "splitting bills" })).results[0]?.slug).toBe(input.slug);

    await saveArticle({ actor: supervisor, id: created.id, input, intent: "unpublish" });
    const article = await getArticleForEditor({ actor: supervisor, id: created.id });
    expect(article.status).toBe("UNPUBLISHED");
    expect(article.revisions.map((r) => [r.status, r.editor])).toEqual([
      ["UNPUBLISHED", "陈主管"],
      ["PUBLISHED", "陈主管"],
      ["DRAFT", "陈主管"],
    ]);
    expect(article.revisions[1]!.changed).toEqual(["body", "status"]);
    expect(await db.auditLog.count({ where: { targetType: "FaqArticle", targetId: created.id } })).toBe(3);
  });

  it("refuses a second article with the same slug in one language", async () => {
    await expect(saveArticle({ actor: supervisor, input: { ...input, slug: "credit-record" }, intent: "save" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("search gaps", () => {
  it("counts the same unanswered search once per time asked, normalized", async () => {
    await recordSearchMiss({ locale: "zh-CN", query: `  花呗分期 ${run} `, kind: "NO_RESULTS", ip: "203.0.113.41" });
    await recordSearchMiss({ locale: "zh-CN", query: `花呗分期  ${run}`, kind: "NO_RESULTS", ip: "203.0.113.41" });
    const misses = await listSearchMisses({ actor: supervisor, limit: 100 });
    expect(misses.find((m) => m.query === `花呗分期 ${run}`)?.count).toBe(2);
  });
});
