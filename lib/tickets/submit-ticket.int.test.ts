import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { limitWrite, WRITE_LIMITS } = await import("@/lib/http/limit-write");
const { submitTicket } = await import("@/lib/tickets/submit-ticket");
const { submitCustomerReply } = await import("@/lib/tickets/submit-customer-reply");

const run = Date.now().toString(36);
const writer: SessionUser = { id: `usr_lim_${run}`, role: "WALLET_USER", name: "王芳", locale: "zh-CN", walletAccountId: null };
const neighbour: SessionUser = { id: `usr_lim2_${run}`, role: "WALLET_USER", name: "刘洋", locale: "zh-CN", walletAccountId: null };

beforeAll(async () => {
  for (const user of [writer, neighbour]) await db.portalUser.create({ data: { id: user.id, role: "WALLET_USER", name: user.name, passwordHash: "!" } });
});

/** Uses up a subject's allowance the way real writes would, through the same limiter. */
async function useUp(kind: "ticket" | "reply" | "anonymousTicket", subject: string, leaving = 0) {
  for (let i = 0; i < WRITE_LIMITS[kind].rule.limit - leaving; i++) await limitWrite({ kind, subject });
}

const messagesWith = (body: string) => db.ticketMessage.count({ where: { body } });

describe("tickets and replies within their limits", () => {
  it("refuses a signed-in user's ticket past the limit and stores nothing; invalid input never counts; another user is unaffected", async () => {
    for (let i = 0; i < 3; i++) expect(await submitTicket({ actor: writer, body: { message: " " }, idempotencyKey: `bad-${i}-${run}`, ip: "203.0.113.20", wizardToken: null, locale: "zh-CN" })).toMatchObject({ kind: "invalid" });
    await useUp("ticket", writer.id, 1);
    // The last one allowed still goes through: the three invalid ones above cost nothing.
    expect(await submitTicket({ actor: writer, body: { message: `last ${run}` }, idempotencyKey: `last-${run}`, ip: "203.0.113.20", wizardToken: null, locale: "zh-CN" })).toMatchObject({ kind: "fresh" });
    const message = `limit ${run}`;
    const refused = await submitTicket({ actor: writer, body: { message }, idempotencyKey: `over-${run}`, ip: "203.0.113.20", wizardToken: null, locale: "zh-CN" });
    expect(refused).toMatchObject({ kind: "rate_limited", retryAfterSeconds: expect.any(Number) });
    expect(await messagesWith(message)).toBe(0);
    const other = await submitTicket({ actor: neighbour, body: { message }, idempotencyKey: `neighbour-${run}`, ip: "203.0.113.20", wizardToken: null, locale: "zh-CN" });
    expect(other).toMatchObject({ kind: "fresh", status: 201 });
    expect(await messagesWith(message)).toBe(1);
  });

  it("counts tickets without a session per client address", async () => {
    await useUp("anonymousTicket", "203.0.113.21");
    const body = { message: `anon ${run}`, contact: "13900001111" };
    expect(await submitTicket({ actor: null, body, idempotencyKey: `anon-a-${run}`, ip: "203.0.113.21", wizardToken: null, locale: "zh-CN" })).toMatchObject({ kind: "rate_limited" });
    expect(await submitTicket({ actor: null, body, idempotencyKey: `anon-b-${run}`, ip: "203.0.113.22", wizardToken: null, locale: "zh-CN" })).toMatchObject({ kind: "fresh" });
  });

  it("refuses a reply past the user's limit without adding it", async () => {
    const opened = await submitTicket({ actor: neighbour, body: { message: `to reply to ${run}` }, idempotencyKey: `reply-base-${run}`, ip: "203.0.113.23", wizardToken: null, locale: "zh-CN" });
    if (opened.kind !== "fresh") throw new Error(opened.kind);
    const number = opened.body.number as number;
    expect(await submitCustomerReply({ actor: neighbour, number, body: { message: `first reply ${run}` } })).toMatchObject({ kind: "sent" });
    await useUp("reply", neighbour.id);
    const reply = `one too many ${run}`;
    expect(await submitCustomerReply({ actor: neighbour, number, body: { message: reply } })).toMatchObject({ kind: "rate_limited", retryAfterSeconds: expect.any(Number) });
    expect(await messagesWith(reply)).toBe(0);
  });
});
