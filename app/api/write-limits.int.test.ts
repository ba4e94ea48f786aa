import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/*
 * The limits on anonymous writes, through the route handlers themselves (decision 029). Without
 * the portal's own server every caller's address is "unknown", so these share one allowance;
 * each test uses up what it needs through the same limiter first.
 */
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-secret-write-limits";
process.env.WIZARD_ANSWER_RATE_LIMIT = "3";
const { db } = await import("@/lib/db");
const { limitWrite, WRITE_LIMITS } = await import("@/lib/http/limit-write");
const { recordSearchMiss } = await import("@/lib/help/record-search-miss");
const wizardAnswer = (await import("@/app/api/wizard/answer/route")).POST;
const feedback = (await import("@/app/api/faq/feedback/route")).POST;

const run = Date.now().toString(36);
const UNKNOWN = "unknown";

afterAll(() => {
  delete process.env.WIZARD_ANSWER_RATE_LIMIT;
});

const post = (path: string, body: string, type: string, cookie?: string) =>
  new NextRequest(`http://localhost${path}`, { method: "POST", body, headers: { "content-type": type, ...(cookie ? { cookie } : {}) } });

describe("wizard answers per client address", () => {
  beforeAll(async () => {
    await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" LIKE 'write.wizardAnswer:%'`;
  });

  it("stores answers up to WIZARD_ANSWER_RATE_LIMIT a minute, then answers 429 (JSON) or sends the form back to its question, storing nothing", async () => {
    const sessionsBefore = await db.wizardSession.count();
    const answer = JSON.stringify({ question: "start", option: "promo", locale: "en" });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await wizardAnswer(post("/api/wizard/answer", answer, "application/json"), undefined)).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await wizardAnswer(post("/api/wizard/answer", answer, "application/json"), undefined);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "rate_limited", message: expect.stringContaining("wizard answers"), retryAfterSeconds: Number(refused.headers.get("retry-after")) });
    const form = await wizardAnswer(post("/api/wizard/answer", "question=promo-terms&option=none&locale=zh-CN", "application/x-www-form-urlencoded"), undefined);
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/diagnose/q/promo-terms?limited=1");
    const tampered = await wizardAnswer(post("/api/wizard/answer", "question=%2F%2Fevil.example&option=x", "application/x-www-form-urlencoded"), undefined);
    expect(tampered.headers.get("location")).toBe("/diagnose/q/start?limited=1");
    expect(await db.wizardSession.count()).toBe(sessionsBefore + 3);
  });
});

describe("feedback from browsers without the visitor cookie", () => {
  it("is refused past the limit per address, while a known visitor still gets through", async () => {
    await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" LIKE 'faq-feedback:%'`;
    for (let i = 0; i < WRITE_LIMITS.feedbackNewVisitor.rule.limit; i++) await limitWrite({ kind: "feedbackNewVisitor", subject: UNKNOWN });
    const vote = JSON.stringify({ slug: `no-such-article-${run}`, locale: "en", isHelpful: true });
    const stranger = await feedback(post("/api/faq/feedback", vote, "application/json"), undefined);
    expect(stranger.status).toBe(429);
    expect(stranger.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await stranger.json()).toMatchObject({ error: "rate_limited", retryAfterSeconds: expect.any(Number) });
    // With its cookie the same vote reaches the article lookup (this one does not exist: 404).
    const known = await feedback(post("/api/faq/feedback", vote, "application/json", "faq-visitor=0b5c2f0e-8c1d-4a7e-9f62-3d4b5a6c7d8e"), undefined);
    expect(known.status).toBe(404);
  });
});

describe("search misses per client address", () => {
  it("stores misses up to the limit, then leaves them uncounted", async () => {
    const ip = `192.0.2.50-${run}`;
    const query = `没有这篇文章 ${run}`;
    const stored = [];
    for (let i = 0; i <= WRITE_LIMITS.searchMiss.rule.limit; i++) stored.push(await recordSearchMiss({ locale: "zh-CN", query, kind: "NO_RESULTS", ip }));
    expect(stored.filter(Boolean)).toHaveLength(WRITE_LIMITS.searchMiss.rule.limit);
    expect(stored.at(-1)).toBe(false);
    const row = await db.faqSearchMiss.findUniqueOrThrow({ where: { locale_query: { locale: "zh-CN", query } } });
    expect(row.count).toBe(WRITE_LIMITS.searchMiss.rule.limit);
    expect(await recordSearchMiss({ locale: "zh-CN", query, kind: "NO_RESULTS", ip: `${ip}-elsewhere` })).toBe(true);
  });
});
