import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { claimTicket } = await import("@/lib/tickets/claim-ticket");
const { assignTicket } = await import("@/lib/tickets/assign-ticket");
const { changeTicketStatus } = await import("@/lib/tickets/change-ticket-status");
const { resolveTicket } = await import("@/lib/tickets/resolve-ticket");
const { addTicketMessage } = await import("@/lib/tickets/add-ticket-message");
const { appErrorResponse } = await import("@/lib/http/api-error");
const { AppError } = await import("@/lib/errors/app-error");

const run = Date.now().toString(36);
const staff: SessionUser[] = [];
let number = 0;

async function person(role: "AGENT" | "SUPERVISOR", name: string): Promise<SessionUser> {
  const user = await db.portalUser.create({ data: { role, name, email: `${name.toLowerCase().replace(" ", ".")}-${run}@test.example`, passwordHash: "x" } });
  const session = { id: user.id, role, name, locale: "zh-CN", walletAccountId: null };
  staff.push(session);
  return session;
}

beforeAll(async () => {
  await person("AGENT", "Zhao Min");
  await person("AGENT", "Qian Hui");
  await person("SUPERVISOR", "Sun Wei");
  number = (await db.ticket.create({ data: { subject: `claim race ${run}` } })).number;
});

afterAll(async () => {
  await db.ticket.deleteMany({ where: { subject: { endsWith: run } } });
  await db.portalUser.deleteMany({ where: { id: { in: staff.map((s) => s.id) } } });
});

describe("claiming a ticket", () => {
  it("lets exactly one of many simultaneous claims win and tells the others who has it", async () => {
    const [zhao, qian] = staff as [SessionUser, SessionUser];
    const attempts = await Promise.all([zhao, qian, zhao, qian, qian, zhao].map((actor) => claimTicket({ actor, number })));
    const ticket = await db.ticket.findUniqueOrThrow({ where: { number }, select: { id: true, assigneeId: true, status: true, version: true, events: { select: { type: true } } } });
    const winner = staff.find((s) => s.id === ticket.assigneeId)!;
    expect(ticket.status).toBe("OPEN");
    expect(ticket.version).toBe(2);
    expect(ticket.events.filter((e) => e.type === "CLAIMED")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "ticket.claim", targetType: "Ticket", targetId: ticket.id } })).toBe(1);
    expect(attempts.filter((a) => a.ok && !a.alreadyYours)).toHaveLength(1);
    for (const attempt of attempts.filter((a) => !a.ok)) expect(attempt).toEqual({ ok: false, reason: "taken", holder: { id: winner.id, name: winner.name } });
  });

  it("refuses an agent's reassignment and a supervisor's stale one, and applies a current one", async () => {
    const [zhao, qian, sun] = staff as [SessionUser, SessionUser, SessionUser];
    await expect(assignTicket({ actor: zhao, number, assigneeId: zhao.id, version: 2 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assignTicket({ actor: sun, number, assigneeId: qian.id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(assignTicket({ actor: sun, number, assigneeId: qian.id, version: 2 })).resolves.toEqual({ version: 3 });
    expect((await db.ticket.findUniqueOrThrow({ where: { number } })).assigneeId).toBe(qian.id);
  });

  it("answers NOT_FOUND for a number no ticket has, and refuses anyone who is not staff", async () => {
    await expect(claimTicket({ actor: staff[0]!, number: 999_999_999 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(claimTicket({ actor: { ...staff[0]!, role: "WALLET_USER" }, number })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(claimTicket({ actor: null, number })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("a claimed ticket is its holder's", () => {
  it("refuses another agent's status change and resolution (409 ticket_claimed, nothing written); the holder and a supervisor may", async () => {
    const [zhao, qian, sun] = staff as [SessionUser, SessionUser, SessionUser];
    const claimed = (await db.ticket.create({ data: { subject: `claimed status ${run}` } })).number;
    const won = await claimTicket({ actor: zhao, number: claimed });
    if (!won.ok) throw new Error("the claim should win on a fresh ticket");
    const before = await db.ticket.findUniqueOrThrow({ where: { number: claimed }, select: { status: true, version: true } });

    const refused = await changeTicketStatus({ actor: qian, number: claimed, status: "CLOSED", version: won.version }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "CONFLICT", reason: "ticket_claimed", message: expect.stringContaining("Zhao Min") });
    const answer = appErrorResponse(refused as InstanceType<typeof AppError>);
    expect(answer.status).toBe(409);
    expect(await answer.json()).toMatchObject({ error: "ticket_claimed", message: expect.stringContaining("Zhao Min has claimed this ticket") });
    await expect(resolveTicket({ actor: qian, number: claimed, cause: "OTHER", actions: [], publicOutcome: "Done by someone else", version: won.version })).rejects.toMatchObject({ code: "CONFLICT", reason: "ticket_claimed" });
    expect(await db.ticket.findUniqueOrThrow({ where: { number: claimed }, select: { status: true, version: true } })).toEqual(before);
    expect(await db.ticketMessage.count({ where: { ticket: { number: claimed } } })).toBe(0);

    // The holder changes it; a supervisor may override the claim (tickets.override).
    const mine = await changeTicketStatus({ actor: zhao, number: claimed, status: "WAITING_ON_CUSTOMER", version: won.version });
    await expect(resolveTicket({ actor: sun, number: claimed, cause: "OTHER", actions: [], publicOutcome: "Sorted by the supervisor", version: mine.version })).resolves.toEqual({ version: mine.version + 1 });
    expect((await db.ticket.findUniqueOrThrow({ where: { number: claimed } })).status).toBe("RESOLVED");
  });

  it("lets another agent reply to a claimed ticket, but not pause it for the customer (a status change)", async () => {
    const [zhao, qian] = staff as [SessionUser, SessionUser];
    const claimed = (await db.ticket.create({ data: { subject: `claimed reply ${run}` } })).number;
    const won = await claimTicket({ actor: zhao, number: claimed });
    if (!won.ok) throw new Error("claim failed");
    await expect(
      addTicketMessage({ actor: qian, number: claimed, body: "Could you send a screenshot?", visibility: "PUBLIC", seenVersion: won.version, waitForCustomer: true }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "ticket_claimed", message: expect.stringContaining("Zhao Min") });
    const unchanged = await db.ticket.findUniqueOrThrow({ where: { number: claimed }, select: { status: true, version: true, slaPausedAt: true, messages: { select: { id: true } } } });
    expect(unchanged).toEqual({ status: "OPEN", version: won.version, slaPausedAt: null, messages: [] });

    const reply = await addTicketMessage({ actor: qian, number: claimed, body: "Looking into it with Zhao Min.", visibility: "PUBLIC", seenVersion: won.version });
    // A signed-in customer's ticket (or none): no SMS goes out.
    expect(reply).toEqual({ ok: true, version: won.version + 1, sms: "not_applicable" });
    const paused = await addTicketMessage({ actor: zhao, number: claimed, body: "Please send a screenshot.", visibility: "PUBLIC", seenVersion: reply.version, waitForCustomer: true });
    expect(paused.ok).toBe(true);
    expect((await db.ticket.findUniqueOrThrow({ where: { number: claimed } })).status).toBe("WAITING_ON_CUSTOMER");
  });

  it("lets anyone change an unclaimed ticket", async () => {
    const qian = staff[1]!;
    const open = (await db.ticket.create({ data: { subject: `unclaimed status ${run}` } })).number;
    await expect(changeTicketStatus({ actor: qian, number: open, status: "OPEN", version: 1 })).resolves.toEqual({ version: 2 });
  });
});
