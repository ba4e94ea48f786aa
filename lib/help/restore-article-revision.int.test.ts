import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { hasDemoData, seedDemoData } = await import("@/prisma/seed/seed-demo-data");
const { saveArticle } = await import("@/lib/help/save-article");
const { getArticleForEditor } = await import("@/lib/help/get-article-for-editor");
const { restoreArticleRevision } = await import("@/lib/help/restore-article-revision");
const { searchArticles } = await import("@/lib/help/search-articles");

const supervisor: SessionUser = { id: "usr_supervisor_chen", role: "SUPERVISOR", name: "陈主管", locale: "zh-CN", walletAccountId: null };
const admin: SessionUser = { id: "usr_admin", role: "ADMIN", name: "系统管理员", locale: "zh-CN", walletAccountId: null };
const agent: SessionUser = { id: "usr_agent_wang", role: "AGENT", name: "王客服", locale: "zh-CN", walletAccountId: null };
const run = Date.now().toString(36);

beforeAll(async () => {
  if (!(await hasDemoData(db))) await seedDemoData(db);
}, 120_000);

const first = {
  locale: "zh-CN" as const,
  category: "fixing" as const,
  title: "分期还款后余额还是负数怎么办",
  summary: "先看扣款记录",
  body: "## 先核对\n\n请先充值补足欠款,然后联系客服。",
  tags: ["分期", "负余额"],
  position: 60,
};
const second = { ...first, category: "money" as const, title: "分期还款以后余额仍为负", body: "## 先核对\n\n请先核对最近的扣款记录,然后联系在线客服。", tags: ["分期"] };

/** An article saved twice (the first version published), as the editor page sees it. */
async function articleWithTwoVersions(slug: string) {
  const created = await saveArticle({ actor: supervisor, input: { ...first, slug }, intent: "publish" });
  await saveArticle({ actor: supervisor, id: created.id, input: { ...second, slug }, intent: "save" });
  const opened = await getArticleForEditor({ actor: supervisor, id: created.id });
  return { id: created.id, opened, firstRevisionId: opened.revisions.at(-1)!.id };
}

const content = (row: { title: string; summary: string; category: string; body: string; tags: string[] }) => ({ title: row.title, summary: row.summary, category: row.category, body: row.body, tags: row.tags });
const revisionsOf = (articleId: string) => db.faqRevision.findMany({ where: { articleId }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, summary: true, category: true, body: true, tags: true, status: true, editorId: true } });
const restoresOf = (articleId: string) => db.auditLog.findMany({ where: { targetType: "FaqArticle", targetId: articleId, action: "faq.restore" }, select: { actorId: true, metadata: true } });


// Its published articles mention 余额: other files count the search results for it.
afterAll(async () => {
  await db.faqArticle.deleteMany({ where: { slug: { startsWith: `restore-${run}` } } });
});

describe("restoreArticleRevision", () => {
  it("shows what restoring would change, then writes a NEW revision equal to the old one and keeps the history as it was", async () => {
    const { id, opened, firstRevisionId } = await articleWithTwoVersions(`restore-${run}-a`);
    // The editor sees, on the first version, what restoring it would change (words, not characters).
    const preview = opened.revisions.at(-1)!.restoreDiff!;
    expect(preview.title?.filter((p) => p.kind === "removed").map((p) => p.text)).toEqual(["以后", "仍为负"]);
    expect(preview.title?.filter((p) => p.kind === "added").map((p) => p.text)).toEqual(["后", "还是负数怎么办"]);
    expect(preview.category).toEqual({ from: "money", to: "fixing" });
    expect(preview.tags).toEqual([{ kind: "same", text: "分期" }, { kind: "added", text: "负余额" }]);
    expect(preview.body?.filter((p) => p.kind !== "same")).toEqual([
      { kind: "removed", text: "核对最近的扣款记录" },
      { kind: "added", text: "充值补足欠款" },
      { kind: "removed", text: "在线" },
    ]);
    const before = await revisionsOf(id);

    const restored = await restoreArticleRevision({ actor: admin, articleId: id, revisionId: firstRevisionId, seenUpdatedAt: opened.updatedAt });

    const article = await db.faqArticle.findUniqueOrThrow({ where: { id }, select: { title: true, summary: true, category: true, body: true, tags: true, status: true, publishedAt: true, slug: true, position: true } });
    expect(content(article)).toEqual(content({ ...first }));
    // Status, publication, slug and order are not part of a revision's text: as they were.
    expect(article).toMatchObject({ status: "PUBLISHED", publishedAt: opened.publishedAt, slug: `restore-${run}-a`, position: 60 });
    const after = await revisionsOf(id);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after).toHaveLength(3);
    expect(after[2]).toMatchObject({ id: restored.revisionId, ...content({ ...first }), status: "PUBLISHED", editorId: admin.id });
    expect(restored).toMatchObject({ category: "fixing", previous: { category: "money" }, status: "PUBLISHED" });
    // The search index follows the restored text.
    expect((await searchArticles({ locale: "zh-CN", query: `分期还款后余额还是负数` })).results[0]?.slug).toBe(`restore-${run}-a`);
    expect(await restoresOf(id)).toEqual([{ actorId: admin.id, metadata: { slug: `restore-${run}-a`, locale: "zh-CN", status: "PUBLISHED", restoredRevisionId: firstRevisionId, revisionId: restored.revisionId } }]);

    // The page now: the restored version is the current one, nothing left to restore on the first.
    const reopened = await getArticleForEditor({ actor: supervisor, id });
    expect(reopened.revisions[0]).toMatchObject({ id: restored.revisionId, isCurrent: true, restoreDiff: null, editor: "系统管理员" });
    expect(reopened.revisions.at(-1)!.restoreDiff?.hasChanges).toBe(false);
  });

  it("refuses when the article changed since the page was opened, and writes nothing", async () => {
    const { id, opened, firstRevisionId } = await articleWithTwoVersions(`restore-${run}-b`);
    await saveArticle({ actor: supervisor, id, input: { ...second, slug: `restore-${run}-b`, summary: "别人刚改过" }, intent: "save" });
    const revisions = await revisionsOf(id);

    await expect(restoreArticleRevision({ actor: supervisor, articleId: id, revisionId: firstRevisionId, seenUpdatedAt: opened.updatedAt })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(restoreArticleRevision({ actor: supervisor, articleId: id, revisionId: firstRevisionId, seenUpdatedAt: null })).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await revisionsOf(id)).toEqual(revisions);
    expect((await db.faqArticle.findUniqueOrThrow({ where: { id }, select: { summary: true } })).summary).toBe("别人刚改过");
    expect(await restoresOf(id)).toEqual([]);
  });

  it("lets one of two restores from the same page through, never both", async () => {
    const { id, opened, firstRevisionId } = await articleWithTwoVersions(`restore-${run}-c`);
    const secondRevisionId = opened.revisions[0]!.id;
    const outcomes = await Promise.allSettled(
      [firstRevisionId, secondRevisionId].map((revisionId) => restoreArticleRevision({ actor: supervisor, articleId: id, revisionId, seenUpdatedAt: opened.updatedAt })),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await revisionsOf(id)).toHaveLength(3);
    expect(await restoresOf(id)).toHaveLength(1);
  });

  it("refuses agents and anonymous callers, and revisions of another article, changing nothing", async () => {
    const { id, opened, firstRevisionId } = await articleWithTwoVersions(`restore-${run}-d`);
    const other = await articleWithTwoVersions(`restore-${run}-e`);
    const attempt = (actor: SessionUser | null, revisionId = firstRevisionId) => restoreArticleRevision({ actor, articleId: id, revisionId, seenUpdatedAt: opened.updatedAt });

    await expect(attempt(agent)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(attempt(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(attempt(supervisor, other.firstRevisionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreArticleRevision({ actor: supervisor, articleId: "no_such_article", revisionId: firstRevisionId, seenUpdatedAt: opened.updatedAt })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await revisionsOf(id)).toHaveLength(2);
    expect((await db.faqArticle.findUniqueOrThrow({ where: { id }, select: { title: true } })).title).toBe(second.title);
    expect(await restoresOf(id)).toEqual([]);
  });
});
