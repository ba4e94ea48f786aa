import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { createTicket } = await import("@/lib/tickets/create-ticket");
const { listOwnTickets } = await import("@/lib/tickets/list-own-tickets");
const { getOwnTicket } = await import("@/lib/tickets/get-own-ticket");
const { addCustomerReply } = await import("@/lib/tickets/add-customer-reply");
const { closeOwnTicket } = await import("@/lib/tickets/close-own-ticket");
const { recordWizardStep } = await import("@/lib/wizard/record-wizard-step");

const run = Date.now().toString(36);
const accountId = `acc_tk_${run}`;
const owner: SessionUser = { id: `usr_tk_${run}`, role: "WALLET_USER", name: "赵磊", locale: "zh-CN", walletAccountId: accountId };
const stranger: SessionUser = { id: `usr_tk2_${run}`, role: "WALLET_USER", name: "李娜", locale: "zh-CN", walletAccountId: null };
const agentId = `agent_tk_${run}`;

beforeAll(async () => {
  await db.walletAccount.create({ data: { id: accountId, ownerName: "赵磊", phone: `196${Date.now().toString().slice(-8)}`, phoneMasked: "196****0000" } });
  for (const [id, role, walletAccountId] of [[owner.id, "WALLET_USER", accountId], [stranger.id, "WALLET_USER", null], [agentId, "AGENT", null]] as const) {
    await db.portalUser.create({ data: { id, role, name: id, passwordHash: "!", walletAccountId } });
  }
  // A disputed payment after a top-up: HACK, urgent.
  await db.ledgerEntry.createMany({
    data: [
      { id: `${run}_1`, accountId, type: "TOP_UP", amountMinor: 1000, occurredAt: new Date("2026-10-01T02:00:00Z") },
      { id: `${run}_2`, accountId, type: "PAYMENT", amountMinor: -5000, occurredAt: new Date("2026-10-02T17:00:00Z"), counterparty: "merchant:game", userDisputed: true },
    ],
  });
});

function numberOf(outcome: Awaited<ReturnType<typeof createTicket>>): number {
  if (!("body" in outcome)) throw new Error(`no ticket: ${outcome.kind}`);
  return outcome.body.number as number;
}

const create = (actor: SessionUser | null, key: string, message: string, extra: object = {}) =>
  createTicket({ actor, input: { message, ...extra }, idempotencyKey: `${key}-${run}`, ip: "203.0.113.9" });

describe("customer tickets", () => {
  it("attaches the signed-in user's diagnosis and makes a possible takeover URGENT, once per key", async () => {
    const first = await create(owner, "a", "有一笔游戏充值不是我付的");
    const again = await create(owner, "a", "有一笔游戏充值不是我付的");
    expect(first).toMatchObject({ kind: "fresh", status: 201, body: { priority: "URGENT", status: "NEW" } });
    expect(again).toMatchObject({ kind: "replayed", body: { number: numberOf(first) } });
    const row = await db.ticket.findUniqueOrThrow({ where: { number: numberOf(first) }, include: { messages: true, events: true } });
    expect(row).toMatchObject({ cause: "HACK", accountId, requesterId: owner.id, verified: true, contact: null });
    expect((row.diagnosis as { amountToRestoreMinor: number }).amountToRestoreMinor).toBe(4000);
    expect(row.messages.map((m) => m.body)).toEqual(["有一笔游戏充值不是我付的"]);
    expect(row.events.map((e) => e.type)).toEqual(["CREATED"]);
    expect(await create(owner, "a", "a different message")).toEqual({ kind: "mismatch" });
  });

  it("opens an unverified ticket with the contact for someone who cannot sign in, priority from the wizard result", async () => {
    const outcome = await create(null, "anon", "I can't sign in and money is gone", { contact: "victim@example.com", result: "hack" });
    const row = await db.ticket.findUniqueOrThrow({ where: { number: numberOf(outcome) } });
    expect(row).toMatchObject({ verified: false, contact: "victim@example.com", requesterId: null, accountId: null, priority: "URGENT", cause: "HACK" });
  });

  it("links the wizard session that led here and records the hand-off", async () => {
    const step = await recordWizardStep({ actor: null, token: null, questionId: "promo-terms", optionId: "cancelled", locale: "en" });
    if (!step.ok) throw new Error("step refused");
    const outcome = await createTicket({ actor: stranger, input: { message: "cashback taken back" }, idempotencyKey: `w-${run}`, ip: "x", wizardToken: step.token });
    const ticket = await db.ticket.findUniqueOrThrow({ where: { number: numberOf(outcome) }, include: { wizardSession: true } });
    expect(ticket.cause).toBe("PROMO");
    expect(ticket.wizardSession).toMatchObject({ steps: ["start:promo", "promo-terms:cancelled"], resultId: "promo", outcome: "TICKET", treeVersion: 1 });
  });

  it("lists only the caller's own tickets, newest first, and refuses someone else's as not found", async () => {
    const mine = await listOwnTickets({ actor: owner });
    expect(mine.length).toBe(1);
    expect((await listOwnTickets({ actor: stranger })).map((t) => t.subject)).toEqual(["cashback taken back"]);
    await expect(getOwnTicket({ actor: stranger, number: mine[0]!.number })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows public messages but never internal notes; a reply reopens a ticket waiting on the customer", async () => {
    const [ticket] = await listOwnTickets({ actor: owner });
    const row = await db.ticket.update({ where: { number: ticket!.number }, data: { status: "WAITING_ON_CUSTOMER", assigneeId: agentId } });
    await db.ticketMessage.createMany({
      data: [
        { ticketId: row.id, authorId: agentId, visibility: "INTERNAL", body: "internal: check device" },
        { ticketId: row.id, authorId: agentId, visibility: "PUBLIC", body: "Which device do you use?" },
      ],
    });
    const seen = await getOwnTicket({ actor: owner, number: ticket!.number });
    expect(seen.messages.map((m) => [m.fromSupport, m.body])).toEqual([[false, "有一笔游戏充值不是我付的"], [true, "Which device do you use?"]]);
    expect(await addCustomerReply({ replier: { kind: "requester", actor: owner, number: ticket!.number }, body: "<b>iPhone</b>" })).toEqual({ status: "OPEN" });
    const events = await db.ticketEvent.findMany({ where: { ticketId: row.id }, orderBy: { createdAt: "asc" }, select: { type: true } });
    expect(events.map((e) => e.type)).toEqual(["CREATED", "REOPENED", "MESSAGE_ADDED"]);
  });

  it("lets the customer close their ticket; a closed ticket takes no replies", async () => {
    const [ticket] = await listOwnTickets({ actor: owner });
    await closeOwnTicket({ actor: owner, number: ticket!.number });
    expect((await getOwnTicket({ actor: owner, number: ticket!.number })).status).toBe("CLOSED");
    await expect(addCustomerReply({ replier: { kind: "requester", actor: owner, number: ticket!.number }, body: "hello?" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(closeOwnTicket({ actor: stranger, number: ticket!.number })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listOwnTickets({ actor: owner, openOnly: true })).toEqual([]);
  });
});
