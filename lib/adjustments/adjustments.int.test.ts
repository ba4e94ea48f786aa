import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { requestAdjustment } = await import("@/lib/adjustments/request-adjustment");
const { decideAdjustment } = await import("@/lib/adjustments/decide-adjustment");

/*
 * Goodwill adjustments against the real database, with the default limits: ¥50 at a time,
 * ¥100 per account and ¥500 per requester per day (applied and pending both count).
 */

const run = Date.now().toString(36);
const people: SessionUser[] = [];
const accounts: string[] = [];
let seq = 0;

async function person(role: "AGENT" | "SUPERVISOR", name: string) {
  const user = await db.portalUser.create({ data: { role, name, email: `adj-${role}-${++seq}-${run}@test.example`, passwordHash: "x" } });
  const session: SessionUser = { id: user.id, role, name, locale: "en", walletAccountId: null };
  people.push(session);
  return session;
}

/** A fresh account with a ticket about it, so each test starts from an empty day. */
async function accountWithTicket(balanceMinor = -8650n) {
  const id = `acc_adj_${run}_${++seq}`;
  await db.walletAccount.create({ data: { id, ownerName: "Wang Fang", phone: `197${String(Date.now()).slice(-4)}${String(seq).padStart(4, "0")}`, phoneMasked: "197****0000", balanceMinor } });
  accounts.push(id);
  const ticket = await db.ticket.create({ data: { subject: `Goodwill ${run}`, accountId: id }, select: { number: true } });
  return { accountId: id, ticketNumber: ticket.number };
}

const balance = async (accountId: string) => (await db.walletAccount.findUniqueOrThrow({ where: { id: accountId } })).balanceMinor;
const key = (name: string) => `${name}-${run}-${++seq}-0000000000`;
const ask = (actor: SessionUser, target: { accountId: string; ticketNumber: number }, amountMinor: bigint, idempotencyKey = key("k"), reason = "Sorry for the wait") =>
  requestAdjustment({ actor, ...target, amountMinor, reason, idempotencyKey });

let agent: SessionUser, boss: SessionUser, otherBoss: SessionUser;

beforeAll(async () => {
  agent = await person("AGENT", "Zhao");
  boss = await person("SUPERVISOR", "Sun Wei");
  otherBoss = await person("SUPERVISOR", "Li Qiang");
});

afterEach(() => vi.unstubAllEnvs());

afterAll(async () => {
  await db.ticket.deleteMany({ where: { subject: `Goodwill ${run}` } });
  await db.walletAccount.deleteMany({ where: { id: { in: accounts } } });
  await db.portalUser.deleteMany({ where: { id: { in: people.map((p) => p.id) } } });
});

describe("goodwill adjustments", () => {
  it("applies a small one at once, once, however often the same request is retried", async () => {
    const target = await accountWithTicket();
    const same = key("small");
    const results = await Promise.all([1, 2, 3].map(() => ask(agent, target, 1000n, same)));
    expect(results.map((r) => r.kind).sort()).toEqual(["fresh", "replayed", "replayed"]);
    expect(new Set(results.map((r) => ("id" in r ? r.id : null))).size).toBe(1);
    expect(results.every((r) => "status" in r && r.status === "APPLIED")).toBe(true);
    expect(await balance(target.accountId)).toBe(-7650n);
    expect(await db.ledgerEntry.count({ where: { accountId: target.accountId, type: "ADJUSTMENT" } })).toBe(1);
    expect(await db.auditLog.count({ where: { accountId: target.accountId, action: "account.adjustment.apply" } })).toBe(1);
  });

  it("holds a large one for a supervisor who is not the requester, then applies it once", async () => {
    const target = await accountWithTicket(-7650n);
    const pending = await ask(boss, target, 20_000n, key("large"), "Fraud refund");
    if (pending.kind !== "fresh") throw new Error(`expected a fresh request, got ${pending.kind}`);
    expect(pending).toMatchObject({ status: "PENDING_APPROVAL", approvalReason: "SINGLE_THRESHOLD" });
    expect(await balance(target.accountId)).toBe(-7650n);
    await expect(decideAdjustment({ actor: boss, adjustmentId: pending.id, approve: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideAdjustment({ actor: agent, adjustmentId: pending.id, approve: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideAdjustment({ actor: otherBoss, adjustmentId: pending.id, approve: true })).resolves.toEqual({ status: "APPLIED" });
    await expect(decideAdjustment({ actor: otherBoss, adjustmentId: pending.id, approve: true })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await balance(target.accountId)).toBe(12_350n);
  });
});

describe("daily cumulative limits", () => {
  it("applies five ¥50 adjustments on one account only up to ¥100 a day: the rest wait, saying why", async () => {
    const target = await accountWithTicket(-50_000n);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await ask(agent, target, 5_000n));
    expect(results.map((r) => ("status" in r ? r.status : r.kind))).toEqual(["APPLIED", "APPLIED", "PENDING_APPROVAL", "PENDING_APPROVAL", "PENDING_APPROVAL"]);
    expect(results.slice(2).every((r) => "approvalReason" in r && r.approvalReason === "ACCOUNT_DAILY_LIMIT")).toBe(true);
    expect(await balance(target.accountId)).toBe(-40_000n);
    const stored = await db.goodwillAdjustment.findMany({ where: { accountId: target.accountId, status: "PENDING_APPROVAL" }, select: { approvalReason: true } });
    expect(stored).toEqual(Array.from({ length: 3 }, () => ({ approvalReason: "ACCOUNT_DAILY_LIMIT" })));
  });

  it("lets exactly ¥100 through when five agents race ¥50 each on one account", async () => {
    const target = await accountWithTicket(-50_000n);
    const racers = await Promise.all(Array.from({ length: 5 }, (_, i) => person("AGENT", `Racer ${i}`)));
    const results = await Promise.all(racers.map((actor) => ask(actor, target, 5_000n)));
    expect(results.every((r) => r.kind === "fresh")).toBe(true);
    expect(results.filter((r) => "status" in r && r.status === "APPLIED")).toHaveLength(2);
    expect(results.filter((r) => "approvalReason" in r && r.approvalReason === "ACCOUNT_DAILY_LIMIT")).toHaveLength(3);
    expect(await balance(target.accountId)).toBe(-40_000n);
  });

  it("counts pending adjustments, not rejected ones, and only the desk's today", async () => {
    const target = await accountWithTicket();
    const big = await ask(agent, target, 20_000n);
    expect(big).toMatchObject({ status: "PENDING_APPROVAL", approvalReason: "SINGLE_THRESHOLD" });
    // The ¥200 waiting still counts towards the account's ¥100.
    const small = await ask(agent, target, 1_000n);
    expect(small).toMatchObject({ status: "PENDING_APPROVAL", approvalReason: "ACCOUNT_DAILY_LIMIT" });
    for (const r of [big, small]) if ("id" in r) await decideAdjustment({ actor: boss, adjustmentId: r.id, approve: false });
    // Yesterday's (China time) ¥100 does not count today.
    await db.goodwillAdjustment.create({ data: { accountId: target.accountId, amountMinor: 10_000n, reason: "yesterday", status: "APPLIED", requestedById: agent.id, createdAt: new Date(Date.now() - 36 * 3_600_000) } });
    expect(await ask(agent, target, 5_000n)).toMatchObject({ status: "APPLIED", approvalReason: null });
  });

  it("holds an agent to their own daily total across accounts, also when their requests race", async () => {
    vi.stubEnv("GOODWILL_AGENT_DAILY_LIMIT_MINOR", "10000");
    const busy = await person("AGENT", "Busy Qian");
    const targets = await Promise.all(Array.from({ length: 4 }, () => accountWithTicket()));
    const results = await Promise.all(targets.map((target) => ask(busy, target, 4_000n)));
    expect(results.filter((r) => "status" in r && r.status === "APPLIED")).toHaveLength(2);
    expect(results.filter((r) => "approvalReason" in r && r.approvalReason === "AGENT_DAILY_LIMIT")).toHaveLength(2);
    // Another agent on the same accounts is not held by Qian's total.
    expect(await ask(await person("AGENT", "Fresh Sun"), targets[0]!, 4_000n)).toMatchObject({ status: "APPLIED" });
  });
});

describe("the ticket an adjustment names", () => {
  it("is required, and must be about the account; nothing is written otherwise and the key stays free", async () => {
    const target = await accountWithTicket();
    const other = await accountWithTicket();
    await expect(requestAdjustment({ actor: agent, accountId: target.accountId, amountMinor: 1000n, reason: "x", idempotencyKey: key("none") })).rejects.toMatchObject({ code: "BAD_REQUEST", field: "ticketNumber" });
    const reused = key("wrong-ticket");
    await expect(ask(agent, { accountId: target.accountId, ticketNumber: other.ticketNumber }, 1000n, reused)).rejects.toMatchObject({ code: "BAD_REQUEST", field: "ticketNumber" });
    await expect(ask(agent, { accountId: target.accountId, ticketNumber: 2_147_483_647 }, 1000n, reused)).rejects.toMatchObject({ code: "BAD_REQUEST", field: "ticketNumber" });
    expect(await db.goodwillAdjustment.count({ where: { accountId: target.accountId } })).toBe(0);
    const fixed = await ask(agent, target, 1000n, reused);
    expect(fixed).toMatchObject({ kind: "fresh", status: "APPLIED" });
    const row = await db.goodwillAdjustment.findFirstOrThrow({ where: { accountId: target.accountId }, select: { ticket: { select: { number: true } } } });
    expect(row.ticket?.number).toBe(target.ticketNumber);
  });
});

describe("idempotency (one helper, keys per caller)", () => {
  it("replays the same request, refuses the key with another amount, and keeps another agent's use of the key apart", async () => {
    const target = await accountWithTicket();
    const shared = key("shared");
    const first = await ask(agent, target, 1_000n, shared);
    expect(first).toMatchObject({ kind: "fresh", status: "APPLIED" });
    expect(await ask(agent, target, 1_000n, shared)).toEqual({ ...first, kind: "replayed" });
    expect(await ask(agent, target, 2_000n, shared)).toEqual({ kind: "mismatch" });
    expect(await ask(agent, target, 1_000n, shared, "Another reason")).toEqual({ kind: "mismatch" });

    const colleague = await person("AGENT", "Qian Hui");
    const theirs = await ask(colleague, target, 2_000n, shared);
    expect(theirs).toMatchObject({ kind: "fresh", status: "APPLIED" });
    expect("id" in theirs && "id" in first && theirs.id !== first.id).toBe(true);
    expect(await db.goodwillAdjustment.count({ where: { accountId: target.accountId } })).toBe(2);
    expect(await balance(target.accountId)).toBe(-8650n + 3_000n);
  });
});
