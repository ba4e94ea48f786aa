import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { requestAdjustment } = await import("@/lib/adjustments/request-adjustment");
const { decideAdjustment } = await import("@/lib/adjustments/decide-adjustment");

const run = Date.now().toString(36);
const accountId = `acc_adj_${run}`;
const people: SessionUser[] = [];

async function person(role: "AGENT" | "SUPERVISOR", name: string) {
  const user = await db.portalUser.create({ data: { role, name, email: `${role}-${name.length}-${run}@test.example`, passwordHash: "x" } });
  const session: SessionUser = { id: user.id, role, name, locale: "en", walletAccountId: null };
  people.push(session);
  return session;
}

let agent: SessionUser, boss: SessionUser, otherBoss: SessionUser;
const balance = async () => (await db.walletAccount.findUniqueOrThrow({ where: { id: accountId } })).balanceMinor;

beforeAll(async () => {
  agent = await person("AGENT", "Zhao");
  boss = await person("SUPERVISOR", "Sun Wei");
  otherBoss = await person("SUPERVISOR", "Li Qiang");
  await db.walletAccount.create({ data: { id: accountId, ownerName: "Wang Fang", phone: `197${String(Date.now()).slice(-8)}`, phoneMasked: "197****0000", balanceMinor: -8650 } });
});

afterAll(async () => {
  await db.walletAccount.delete({ where: { id: accountId } });
  await db.portalUser.deleteMany({ where: { id: { in: people.map((p) => p.id) } } });
});

describe("goodwill adjustments", () => {
  it("applies a small one at once, once, however often the same request is retried", async () => {
    const key = `small-${run}`;
    const results = await Promise.all([1, 2, 3].map(() => requestAdjustment({ actor: agent, accountId, amountMinor: 1000n, reason: "Sorry for the wait", idempotencyKey: key })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.every((r) => r.status === "APPLIED")).toBe(true);
    expect(await balance()).toBe(-7650n);
    expect(await db.ledgerEntry.count({ where: { accountId, type: "ADJUSTMENT" } })).toBe(1);
    expect(await db.auditLog.count({ where: { accountId, action: "account.adjustment.apply" } })).toBe(1);
  });

  it("holds a large one for a supervisor who is not the requester, then applies it once", async () => {
    const pending = await requestAdjustment({ actor: boss, accountId, amountMinor: 20_000n, reason: "Fraud refund", idempotencyKey: `large-${run}` });
    expect(pending.status).toBe("PENDING_APPROVAL");
    expect(await balance()).toBe(-7650n);
    await expect(decideAdjustment({ actor: boss, adjustmentId: pending.id, approve: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideAdjustment({ actor: agent, adjustmentId: pending.id, approve: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideAdjustment({ actor: otherBoss, adjustmentId: pending.id, approve: true })).resolves.toEqual({ status: "APPLIED" });
    await expect(decideAdjustment({ actor: otherBoss, adjustmentId: pending.id, approve: true })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await balance()).toBe(12_350n);
  });
});
