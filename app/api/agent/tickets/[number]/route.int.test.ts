import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";

/*
 * GET /api/agent/tickets/{number} through the route handler, on PostgreSQL: an agent reads the
 * ticket someone locked out of their account opened (the contact they left, in full, unverified)
 * and a signed-in customer's (no contact), each read one access-log row; nobody else gets in.
 */
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-secret-agent-ticket";
const { db } = await import("@/lib/db");
const { sessionCookieName } = await import("@/lib/auth/session-cookie");
const { createTicket } = await import("@/lib/tickets/create-ticket");
const { createTicketSchema } = await import("@/lib/tickets/ticket-input");
const route = await import("@/app/api/agent/tickets/[number]/route");

const run = Date.now().toString(36);
const people = { agent: `usr_at_agent_${run}`, customer: `usr_at_customer_${run}` };
let anonymousNumber = 0;
let anonymousId = "";
let customerNumber = 0;

async function cookieFor(id: string, role: Role, name: string) {
  const token = await encode({
    secret: process.env.NEXTAUTH_SECRET!,
    token: { sub: id, user: { id, role, name, locale: "zh-CN", walletAccountId: null }, sessionVersion: 0, authTime: Math.floor(Date.now() / 1000) },
  });
  return `${sessionCookieName()}=${token}`;
}

async function get(number: string, cookie?: string) {
  const request = new NextRequest(`http://localhost/api/agent/tickets/${number}`, { headers: cookie ? { cookie } : {} });
  return route.GET(request, { params: Promise.resolve({ number }) });
}

const asAgent = async (number: string | number) => get(String(number), await cookieFor(people.agent, "AGENT", "王芳"));
const views = (ticketId: string) => db.auditLog.count({ where: { action: "ticket.view", targetId: ticketId } });

/** A ticket opened through the same code as the form, with what the person typed. */
async function open(actor: { id: string; role: "WALLET_USER"; name: string; locale: string; walletAccountId: null } | null, typed: Record<string, string>) {
  const input = createTicketSchema.parse(typed);
  const outcome = await createTicket({ actor, input, idempotencyKey: `agent-ticket-${run}-${actor ? "customer" : "anonymous"}`, ip: "198.51.100.7" });
  if (!("body" in outcome)) throw new Error(`no ticket: ${outcome.kind}`);
  return outcome.body.number as number;
}

beforeAll(async () => {
  await db.portalUser.create({ data: { id: people.agent, role: "AGENT", name: "王芳", email: `${people.agent}@test.example`, passwordHash: "!" } });
  await db.portalUser.create({ data: { id: people.customer, role: "WALLET_USER", name: "李娜", passwordHash: "!" } });
  anonymousNumber = await open(null, { message: `账户被盗了,登录不了 ${run}`, contact: "139 0000 1234", result: "hack" });
  anonymousId = (await db.ticket.findUniqueOrThrow({ where: { number: anonymousNumber }, select: { id: true } })).id;
  customerNumber = await open({ id: people.customer, role: "WALLET_USER", name: "李娜", locale: "zh-CN", walletAccountId: null }, { message: `余额变成负数了 ${run}` });
});

afterAll(async () => {
  await db.ticket.deleteMany({ where: { number: { in: [anonymousNumber, customerNumber] } } });
  await db.portalUser.deleteMany({ where: { id: { in: Object.values(people) } } });
});

describe("GET /api/agent/tickets/{number}", () => {
  it("answers 401 without a session and 403 to a customer, and logs no view", async () => {
    const before = await views(anonymousId);
    const anonymous = await get(String(anonymousNumber));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "unauthenticated", message: expect.any(String) });
    const customer = await get(String(anonymousNumber), await cookieFor(people.customer, "WALLET_USER", "李娜"));
    expect(customer.status).toBe(403);
    expect(await customer.json()).toEqual({ error: "forbidden", message: expect.any(String) });
    expect(await views(anonymousId)).toBe(before);
  });

  it("answers 404 not_found for a number no ticket has and for one that is not a ticket number", async () => {
    for (const number of ["2147483647", "abc", "0", "01", "-1", "2147483648", "1.5"]) {
      const response = await asAgent(number);
      expect(response.status, number).toBe(404);
      expect(response.headers.get("cache-control"), number).toBe("no-store");
      expect(await response.json(), number).toEqual({ error: "not_found", message: "No ticket has this number." });
    }
  });

  it("gives an agent the phone someone who could not sign in left, in full and unverified, with the ticket's queue fields", async () => {
    const response = await asAgent(anonymousNumber);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      number: anonymousNumber,
      subject: `账户被盗了,登录不了 ${run}`,
      status: "NEW",
      priority: "URGENT",
      cause: "HACK",
      accountId: null,
      assignee: null,
      requester: null,
      contact: { kind: "phone", value: "13900001234", verified: false },
      version: 1,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      updatedAt: expect.stringMatching(/Z$/),
      firstResponseDueAt: expect.stringMatching(/Z$/),
      resolutionDueAt: expect.stringMatching(/Z$/),
      slaBreached: false,
      sla: { state: "running", target: "firstResponse", dueAt: body.firstResponseDueAt, msLeft: expect.any(Number) },
    });
  });

  it("has no contact for a signed-in customer's ticket, and names the customer", async () => {
    const body = (await (await asAgent(customerNumber)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ number: customerNumber, priority: "NORMAL", contact: null, requester: { id: people.customer, name: "李娜" } });
  });

  it("writes exactly one access-log row per read, naming the agent and the ticket", async () => {
    const before = await views(anonymousId);
    expect((await asAgent(anonymousNumber)).status).toBe(200);
    expect(await views(anonymousId)).toBe(before + 1);
    expect((await asAgent(anonymousNumber)).status).toBe(200);
    expect(await views(anonymousId)).toBe(before + 2);
    const latest = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.view", targetId: anonymousId }, orderBy: { id: "desc" } });
    expect(latest).toMatchObject({ actorId: people.agent, actorRole: "AGENT", targetType: "Ticket", accountId: null, metadata: { ticketNumber: anonymousNumber } });
  });

  it("answers other methods with 405 in the error shape", async () => {
    const response = await route.POST(new NextRequest(`http://localhost/api/agent/tickets/${anonymousNumber}`, { method: "POST" }), undefined);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(await response.json()).toEqual({ error: "method_not_allowed", message: expect.any(String) });
  });
});
