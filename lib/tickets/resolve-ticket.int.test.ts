import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

/*
 * Resolving a ticket on the demo world in PostgreSQL (issue 17): 赵磊 (13800000009, acc_zhao_lei)
 * is -¥1,800.00 and all of it is the thief's withdrawal and game cards, so nobody may record that
 * he was advised to top up; 张伟 (13800000001, acc_zhang_wei) owes a refund JD.com took back, so
 * an agent may.
 */
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { hasDemoData, seedDemoData } = await import("@/prisma/seed/seed-demo-data");
const { resolveTicket } = await import("@/lib/tickets/resolve-ticket");
const { appErrorResponse } = await import("@/lib/http/api-error");
const { AppError } = await import("@/lib/errors/app-error");

const run = Date.now().toString(36);
let agent: SessionUser;

// Other test files share the run's database, so "empty" is not guaranteed: seed explicitly.
beforeAll(async () => {
  if (!(await hasDemoData(db))) await seedDemoData(db);
  const user = await db.portalUser.create({ data: { role: "AGENT", name: "Li Na", email: `li.na-${run}@test.example`, passwordHash: "x" } });
  agent = { id: user.id, role: "AGENT", name: user.name, locale: "zh-CN", walletAccountId: null };
}, 120_000);

afterAll(async () => {
  await db.ticket.deleteMany({ where: { subject: { endsWith: run } } });
  await db.portalUser.deleteMany({ where: { id: agent.id } });
});

const ticketFor = async (accountId: string | null, subject: string) => (await db.ticket.create({ data: { subject: `${subject} ${run}`, accountId } })).number;
const stateOf = (number: number) =>
  db.ticket.findUniqueOrThrow({ where: { number }, select: { status: true, version: true, resolutionActions: true, resolution: true, _count: { select: { messages: true, events: true } } } });

describe("recording 'Top-up advised' when resolving", () => {
  it("refuses it for 赵磊, whose deficit is all theft, naming the field, and writes nothing; the same resolution without it goes through", async () => {
    const number = await ticketFor("acc_zhao_lei", "stolen account");
    const before = await stateOf(number);
    const outcome = "我们已冻结账户并开始调查这些交易。";

    const refused = await resolveTicket({ actor: agent, number, cause: "HACK", actions: ["ACCOUNT_SECURED", "TOP_UP_ADVISED"], publicOutcome: outcome, version: 1 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "actions", reason: "top_up_not_offered", message: expect.stringContaining("TOP_UP_ADVISED") });
    const answer = appErrorResponse(refused as InstanceType<typeof AppError>);
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: "top_up_not_offered", errors: [{ path: "actions", message: expect.stringContaining("no top-up") }] });
    expect(await stateOf(number)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "ticket.resolve", targetType: "Ticket", targetId: (await db.ticket.findUniqueOrThrow({ where: { number } })).id } })).toBe(0);

    await expect(resolveTicket({ actor: agent, number, cause: "HACK", actions: ["ACCOUNT_SECURED"], publicOutcome: outcome, version: 1 })).resolves.toEqual({ version: 2 });
    expect(await stateOf(number)).toMatchObject({ status: "RESOLVED", resolutionActions: ["ACCOUNT_SECURED"], resolution: outcome });
  });

  it("records it for 张伟, whose deficit is a refund taken back after he spent the money", async () => {
    const number = await ticketFor("acc_zhang_wei", "refund reversed");
    await expect(resolveTicket({ actor: agent, number, cause: "REFUND", actions: ["TOP_UP_ADVISED"], publicOutcome: "补足 ¥899.00 后账户即可恢复。", version: 1 })).resolves.toEqual({ version: 2 });
    expect(await stateOf(number)).toMatchObject({ status: "RESOLVED", resolutionActions: ["TOP_UP_ADVISED"] });
  });

  it("refuses it on a ticket linked to no account: there is no deficit anyone knows of", async () => {
    const number = await ticketFor(null, "no account");
    await expect(resolveTicket({ actor: agent, number, cause: "OTHER", actions: ["TOP_UP_ADVISED"], publicOutcome: "Please top up.", version: 1 })).rejects.toMatchObject({ code: "BAD_REQUEST", field: "actions" });
    expect((await stateOf(number)).status).toBe("NEW");
  });
});
