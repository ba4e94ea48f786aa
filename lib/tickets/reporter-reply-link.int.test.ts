import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
// Not started by scripts/start.ts, so a deployment as far as the sender knows: choose it (decision 026).
process.env.SMS_PROVIDER = "development";
const { db } = await import("@/lib/db");
const { sendOneTimeCode } = await import("@/lib/auth/send-one-time-code");
const { limitWrite, WRITE_LIMITS } = await import("@/lib/http/limit-write");
const { submitTicket } = await import("@/lib/tickets/submit-ticket");
const { addTicketMessage } = await import("@/lib/tickets/add-ticket-message");
const { getAgentTicketSummary } = await import("@/lib/tickets/get-agent-ticket-summary");
const { ticketContact } = await import("@/lib/tickets/ticket-contact");
const { openReplyLink } = await import("@/lib/tickets/open-reply-link");
const { submitLinkReply } = await import("@/lib/tickets/submit-link-reply");
const { signReplyLink } = await import("@/lib/tickets/reply-link");

/*
 * Issue 17, decision 035: someone locked out of a stolen account reports it without a session,
 * proves their phone with a code, and is answered by SMS with a link they can reply through.
 */

const run = Date.now().toString(36);
const digits = String(Date.now()).slice(-8);
const accountPhone = `166${digits}`;
const strangerPhone = `165${digits}`;
let agent: SessionUser;
let accountId: string;
let ipSeq = 0;
const freshIp = () => `198.51.${Math.floor(Math.random() * 250)}.${++ipSeq}`;

/** Sends a ticket code the way POST /api/auth/code does, and reads it back from the development outbox. */
async function codeFor(phone: string): Promise<string> {
  await sendOneTimeCode({ phone, purpose: "TICKET", ip: freshIp(), template: "ticket code {code}" });
  const message = await db.smsOutboxMessage.findFirstOrThrow({ where: { to: phone, code: { not: null } }, orderBy: { sentAt: "desc" } });
  return message.code!;
}

const report = (options: { key: string; ip: string; contact: string; contactCode?: string; result?: string }) =>
  submitTicket({
    actor: null,
    body: { message: `Someone emptied my wallet ${run}`, contact: options.contact, result: options.result ?? "hack", ...(options.contactCode ? { contactCode: options.contactCode } : {}) },
    idempotencyKey: `${options.key}-${run}`,
    ip: options.ip,
    wizardToken: null,
    locale: "en",
  });

async function useUpNetwork(ip: string) {
  for (let i = 0; i < WRITE_LIMITS.anonymousTicket.rule.limit; i++) await limitWrite({ kind: "anonymousTicket", subject: ip });
}

beforeAll(async () => {
  const account = await db.walletAccount.create({ data: { ownerName: "Chen Jing", phone: accountPhone, phoneMasked: `166****${digits.slice(-4)}` } });
  accountId = account.id;
  const user = await db.portalUser.create({ data: { role: "AGENT", name: "Zhou Min", email: `link-${run}@test.example`, passwordHash: "x" } });
  agent = { id: user.id, role: "AGENT", name: user.name, locale: "en", walletAccountId: null };
});

afterAll(async () => {
  await db.ticket.deleteMany({ where: { contact: { in: [accountPhone, strangerPhone] } } });
  await db.walletAccount.deleteMany({ where: { id: accountId } });
  await db.$disconnect();
});

describe("a reporter proves their phone", () => {
  it("refuses a wrong code, naming the field, and opens nothing", async () => {
    const code = await codeFor(strangerPhone);
    const wrong = code === "999999" ? "999998" : "999999";
    const outcome = await report({ key: "wrong", ip: freshIp(), contact: strangerPhone, contactCode: wrong });
    expect(outcome).toEqual({ kind: "invalid", issues: [{ path: "contactCode", code: "contactCode.wrong" }] });
    expect(await db.ticket.count({ where: { contact: strangerPhone } })).toBe(0);
  });

  it("refuses a code for an email contact", async () => {
    const outcome = await report({ key: "email", ip: freshIp(), contact: `victim-${run}@example.com`, contactCode: "123456" });
    expect(outcome).toEqual({ kind: "invalid", issues: [{ path: "contactCode", code: "contactCode.phoneOnly" }] });
  });

  it("lets an urgent report from a proven phone past a spent network limit, marks it verified and links the phone's account", async () => {
    const ip = freshIp();
    await useUpNetwork(ip);
    expect(await report({ key: "unproven", ip, contact: accountPhone })).toMatchObject({ kind: "rate_limited" });
    const code = await codeFor(accountPhone);
    const opened = await report({ key: "proven", ip, contact: accountPhone, contactCode: code });
    expect(opened).toMatchObject({ kind: "fresh", status: 201, body: { priority: "URGENT", contactVerified: true } });
    if (opened.kind !== "fresh") throw new Error(opened.kind);
    const ticket = await db.ticket.findUniqueOrThrow({ where: { number: opened.body.number as number } });
    expect(ticket.accountId).toBe(accountId);
    expect(ticket.locale).toBe("en");
    expect(ticketContact(ticket)).toEqual({ kind: "phone", value: accountPhone, verified: true });
    // The agent's API says so (one access-log row).
    const summary = await getAgentTicketSummary({ actor: agent, number: ticket.number });
    expect(ticketContact(summary)).toMatchObject({ verified: true });
    // A retry of the same send is the same ticket, although its code is spent.
    expect(await report({ key: "proven", ip, contact: accountPhone, contactCode: code })).toMatchObject({ kind: "replayed", body: { number: ticket.number } });
    // The code works once: another report with it is refused.
    expect(await report({ key: "again", ip: freshIp(), contact: accountPhone, contactCode: code })).toEqual({ kind: "invalid", issues: [{ path: "contactCode", code: "contactCode.expired" }] });
  });

  it("still counts a report that is not urgent, and keeps its code for the next try", async () => {
    const ip = freshIp();
    await useUpNetwork(ip);
    const code = await codeFor(strangerPhone);
    expect(await report({ key: "calm", ip, contact: strangerPhone, contactCode: code, result: "refund" })).toMatchObject({ kind: "rate_limited" });
    expect(await report({ key: "calm-2", ip: freshIp(), contact: strangerPhone, contactCode: code, result: "refund" })).toMatchObject({ kind: "fresh", body: { priority: "NORMAL", contactVerified: true } });
  });
});

describe("support answers by SMS, the reporter answers through the link", () => {
  it("sends a public reply to a proven phone with a link that shows the thread and takes an answer, until the ticket closes", async () => {
    const code = await codeFor(accountPhone);
    const opened = await report({ key: "thread", ip: freshIp(), contact: accountPhone, contactCode: code });
    if (opened.kind !== "fresh") throw new Error(opened.kind);
    const number = opened.body.number as number;

    const note = await addTicketMessage({ actor: agent, number, body: `internal ${run}`, visibility: "INTERNAL", seenVersion: 1 });
    expect(note).toMatchObject({ ok: true, sms: "not_applicable" });
    const reply = await addTicketMessage({ actor: agent, number, body: `We froze the account ${run}`, visibility: "PUBLIC", seenVersion: 2 });
    expect(reply).toMatchObject({ ok: true, sms: "sent" });

    const sms = await db.smsOutboxMessage.findFirstOrThrow({ where: { to: accountPhone, code: null }, orderBy: { sentAt: "desc" } });
    expect(sms.text).toContain(`#${number}`);
    const link = /https?:\/\/\S+\/tickets\/link\/(\S+)$/.exec(sms.text);
    expect(link, sms.text).not.toBeNull();
    const token = link![1]!;

    const seen = await openReplyLink(token);
    if (seen.kind !== "ok") throw new Error(seen.kind);
    expect(seen.ticket.messages.map((m) => [m.fromSupport, m.body])).toEqual([
      [false, `Someone emptied my wallet ${run}`],
      [true, `We froze the account ${run}`],
    ]);
    expect(seen.expiresAt.getTime() - Date.now()).toBeGreaterThan(13 * 24 * 3_600_000);

    expect(await submitLinkReply({ token, body: { message: " " } })).toMatchObject({ kind: "invalid" });
    expect(await submitLinkReply({ token, body: { message: `Thank you ${run}` } })).toMatchObject({ kind: "sent", number });
    const answer = await db.ticketMessage.findFirstOrThrow({ where: { body: `Thank you ${run}` } });
    expect(answer).toMatchObject({ authorId: null, visibility: "PUBLIC" });

    await db.ticket.update({ where: { number }, data: { status: "CLOSED" } });
    expect(await openReplyLink(token)).toEqual({ kind: "closed", number });
    expect(await submitLinkReply({ token, body: { message: "still there?" } })).toEqual({ kind: "gone", reason: "closed", number });
  });

  it("never opens a guessed, altered or expired link, and never texts an unproven contact", async () => {
    const opened = await report({ key: "unverified", ip: freshIp(), contact: strangerPhone });
    if (opened.kind !== "fresh") throw new Error(opened.kind);
    const number = opened.body.number as number;
    expect(await addTicketMessage({ actor: agent, number, body: "Please call us", visibility: "PUBLIC", seenVersion: 1 })).toMatchObject({ ok: true, sms: "not_applicable" });

    const ticket = await db.ticket.findUniqueOrThrow({ where: { number }, select: { id: true, number: true } });
    const secret = process.env.NEXTAUTH_SECRET!;
    const good = signReplyLink({ secret, ticket, expiresAt: new Date(Date.now() + 3_600_000) });
    expect((await openReplyLink(good)).kind).toBe("ok");
    const [, expiry, signature] = good.split(".");
    expect(await openReplyLink(`${number}.${expiry}.${"A".repeat(22)}`)).toEqual({ kind: "not_found" });
    expect(await openReplyLink(`${number}.${expiry}.${signature!.slice(0, 21)}`)).toEqual({ kind: "not_found" });
    expect(await openReplyLink(signReplyLink({ secret: "someone-elses-secret-0000", ticket, expiresAt: new Date(Date.now() + 3_600_000) }))).toEqual({ kind: "not_found" });
    expect(await openReplyLink(`99999999.${expiry}.${signature}`)).toEqual({ kind: "not_found" });
    expect(await openReplyLink("../../etc/passwd")).toEqual({ kind: "not_found" });
    expect(await openReplyLink(signReplyLink({ secret, ticket, expiresAt: new Date(Date.now() - 1000) }))).toEqual({ kind: "expired", number });
    expect(await submitLinkReply({ token: `${number}.${expiry}.${"A".repeat(22)}`, body: { message: "hi" } })).toEqual({ kind: "not_found" });
  });
});
