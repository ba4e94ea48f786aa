import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { claimTicket } = await import("@/lib/tickets/claim-ticket");
const { assignTicket } = await import("@/lib/tickets/assign-ticket");

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
