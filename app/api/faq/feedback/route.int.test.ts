import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/*
 * POST /api/faq/feedback through its handler: the article page's form without JavaScript (303
 * back to the article at the answer) beside the unchanged JSON API. Each test has its own client
 * address (as the portal's server would pass it), so the limits of one do not reach another.
 */
process.env.DATABASE_URL = inject("databaseUrl");
process.env.PORTAL_CLIENT_IP_FROM_SERVER = "1";
const { db } = await import("@/lib/db");
const { POST } = await import("@/app/api/faq/feedback/route");

const run = Date.now().toString(36);
const slug = `feedback-form-${run}`;
let articleId = "";
let address = 0;

beforeAll(async () => {
  ({ id: articleId } = await db.faqArticle.create({
    data: { slug, locale: "en", category: "money", title: `Feedback form ${run}`, summary: "s", body: "b", tags: [], status: "PUBLISHED", publishedAt: new Date() },
    select: { id: true },
  }));
});

afterAll(async () => {
  await db.faqArticle.deleteMany({ where: { slug } });
  delete process.env.PORTAL_CLIENT_IP_FROM_SERVER;
});

function client() {
  const ip = `198.51.100.${++address}`;
  let cookie = "";
  const send = async (body: string, type = "application/x-www-form-urlencoded") => {
    const response = await POST(new NextRequest("http://localhost/api/faq/feedback", { method: "POST", body, headers: { "content-type": type, "x-portal-client-ip": ip, ...(cookie ? { cookie } : {}) } }), undefined);
    const visitor = /faq-visitor=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    if (visitor) cookie = `faq-visitor=${visitor}`;
    return response;
  };
  return { send, visitor: () => cookie.replace("faq-visitor=", "") };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe("POST /api/faq/feedback as a form (no JavaScript)", () => {
  it("takes a 'yes', goes back to the article at the comment box, remembers the visitor, and attaches the comment sent next", async () => {
    const reader = client();
    const vote = await reader.send(form({ slug, locale: "en", isHelpful: "true" }));
    expect(vote.status).toBe(303);
    expect(vote.headers.get("location")).toBe(`/faq/${slug}#feedback-helpful`);
    expect(vote.headers.get("set-cookie")).toMatch(/faq-visitor=[0-9a-f-]{36}; Path=\/api\/faq;.*HttpOnly/i);
    const comment = await reader.send(form({ slug, locale: "en", isHelpful: "true", comment: "Clear, thanks" }));
    expect(comment.headers.get("location")).toBe(`/faq/${slug}#feedback-thanks`);
    expect(await db.faqFeedback.findMany({ where: { articleId, visitorId: reader.visitor() }, select: { isHelpful: true, comment: true } })).toEqual([{ isHelpful: true, comment: "Clear, thanks" }]);
  });

  it("after a 'no' goes back to the way to the wizard and to support, also when the visitor had voted before", async () => {
    const reader = client();
    expect((await reader.send(form({ slug, locale: "en", isHelpful: "false" }))).headers.get("location")).toBe(`/faq/${slug}#feedback-not-helpful`);
    expect((await reader.send(form({ slug, locale: "en", isHelpful: "false" }))).headers.get("location")).toBe(`/faq/${slug}#feedback-not-helpful`);
    expect((await reader.send(form({ slug, locale: "en", isHelpful: "true" }))).headers.get("location")).toBe(`/faq/${slug}#feedback-already-voted`);
    expect(await db.faqFeedback.findMany({ where: { articleId, visitorId: reader.visitor() }, select: { isHelpful: true } })).toEqual([{ isHelpful: false }]);
  });

  it("takes a 1,000-character Chinese comment (about 9 KB once form-encoded)", async () => {
    const reader = client();
    await reader.send(form({ slug, locale: "en", isHelpful: "false" }));
    const text = "还是不明白为什么余额会变成负数".repeat(67).slice(0, 1000);
    const body = form({ slug, locale: "en", isHelpful: "false", comment: text });
    expect(body.length).toBeGreaterThan(8 * 1024);
    expect((await reader.send(body)).headers.get("location")).toBe(`/faq/${slug}#feedback-thanks`);
    expect((await db.faqFeedback.findFirstOrThrow({ where: { articleId, visitorId: reader.visitor() } })).comment).toBe(text);
  });

  it("sends a wrong or forged form back with an error, never off the help center, storing nothing", async () => {
    const reader = client();
    const before = await db.faqFeedback.count({ where: { articleId } });
    expect((await reader.send(form({ slug, locale: "en" }))).headers.get("location")).toBe(`/faq/${slug}#feedback-error`);
    expect((await reader.send(form({ slug, locale: "en", isHelpful: "true", comment: "x".repeat(1001) }))).headers.get("location")).toBe(`/faq/${slug}#feedback-error`);
    // No page's form sends a NUL: like any body with one, refused when read (400 invalid_text).
    expect((await reader.send(form({ slug, locale: "en", isHelpful: "true", comment: "a\u0000b" }))).status).toBe(400);
    expect((await reader.send(form({ slug: `no-such-${run}`, locale: "en", isHelpful: "true" }))).headers.get("location")).toBe(`/faq/no-such-${run}#feedback-error`);
    expect((await reader.send(form({ slug: "//evil.example", locale: "en", isHelpful: "true" }))).headers.get("location")).toBe("/faq/%2F%2Fevil.example#feedback-error");
    expect(await db.faqFeedback.count({ where: { articleId } })).toBe(before);
  });

  it("over the limit of 20 a minute goes back with 'try again later' and Retry-After", async () => {
    const reader = client();
    for (let i = 0; i < 20; i++) expect((await reader.send(form({ slug, locale: "en", isHelpful: "true" }))).status).toBe(303);
    const refused = await reader.send(form({ slug, locale: "en", isHelpful: "true" }));
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe(`/faq/${slug}#feedback-throttled`);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("POST /api/faq/feedback as JSON (unchanged)", () => {
  it("answers { recorded } and the documented errors", async () => {
    const reader = client();
    const vote = await reader.send(JSON.stringify({ slug, locale: "en", isHelpful: false }), "application/json");
    expect(vote.status).toBe(200);
    expect(await vote.json()).toEqual({ recorded: true });
    expect(await (await reader.send(JSON.stringify({ slug, locale: "en", isHelpful: true }), "application/json")).json()).toEqual({ recorded: false });
    const invalid = await reader.send(JSON.stringify({ slug, locale: "en" }), "application/json");
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ error: "invalid_input", errors: [{ path: "isHelpful" }] });
    // PostgreSQL cannot store a NUL: refused by the schema, naming the field, never a 500 from the write.
    const nul = await reader.send(JSON.stringify({ slug, locale: "en", isHelpful: false, comment: "a\u0000b" }), "application/json");
    expect(nul.status).toBe(400);
    expect(await nul.json()).toMatchObject({ error: "invalid_text", path: "comment", message: "comment: text must not contain the NUL character (U+0000)." });
    expect((await reader.send(JSON.stringify({ slug, locale: "en", isHelpful: true, comment: "x".repeat(9000) }), "application/json")).status).toBe(413);
    expect((await reader.send("slug=x", "text/plain")).status).toBe(415);
  });
});
