import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { listArticlesForEditors } = await import("@/lib/help/list-articles-for-editors");

const supervisor: SessionUser = { id: "usr_supervisor_chen", role: "SUPERVISOR", name: "陈主管", locale: "zh-CN", walletAccountId: null };
const run = `order-${Date.now().toString(36)}`;

// Drafts (never public), listed by the database in this position order; the votes are rows as
// readers leave them: [helpful, not helpful].
const articles = [
  { name: "unrated", votes: [0, 0] },
  { name: "loved", votes: [9, 1] },
  { name: "four-noes", votes: [0, 4] },
  { name: "flagged-mixed", votes: [4, 5] },
  { name: "useless", votes: [0, 12] },
] as const;

beforeAll(async () => {
  for (const [position, { name, votes }] of articles.entries()) {
    const { id } = await db.faqArticle.create({
      data: { slug: `${run}-${name}`, locale: "en", category: "money", title: name, summary: name, body: name, tags: [], position, status: "DRAFT" },
      select: { id: true },
    });
    const [helpful, notHelpful] = votes;
    const rows = [...Array(helpful).fill(true), ...Array(notHelpful).fill(false)].map((isHelpful: boolean, i) => ({ articleId: id, visitorId: `${run}-${name}-${i}`, isHelpful }));
    await db.faqFeedback.createMany({ data: rows });
  }
});

afterAll(async () => {
  await db.faqArticle.deleteMany({ where: { slug: { startsWith: run } } });
});

describe("the editors' article list", () => {
  it("lists the surely unhelpful first, a not-yet-flagged bad one before the liked ones, and unrated articles last", async () => {
    const rows = await listArticlesForEditors({ actor: supervisor });
    const ours = rows.filter((row) => row.slug.startsWith(run)).map((row) => row.slug.slice(run.length + 1));
    expect(ours).toEqual(["useless", "flagged-mixed", "four-noes", "loved", "unrated"]);
    expect(rows.find((row) => row.slug === `${run}-useless`)!.score).toMatchObject({ votes: 12, share: 0, isLow: true });
  });

  it("keeps the whole list in that order, whatever other articles the database holds", async () => {
    const rows = await listArticlesForEditors({ actor: supervisor });
    const groups = rows.map(({ score }) => (score.isLow ? 0 : score.votes > 0 ? 1 : 2));
    expect(groups).toEqual([...groups].sort());
    expect(groups).toContain(0);
    expect(groups).toContain(2);
  });
});
