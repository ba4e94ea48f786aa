import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { getAccountDiagnosis } = await import("@/lib/accounts/get-account-diagnosis");

const run = Date.now().toString(36);
const accountId = `acc_diag_${run}`;
const otherAccountId = `acc_other_${run}`;
const agent: SessionUser = { id: `agent_${run}`, role: "AGENT", name: "王客服", locale: "zh-CN", walletAccountId: null };
const owner: SessionUser = { id: `owner_${run}`, role: "WALLET_USER", name: "张伟", locale: "zh-CN", walletAccountId: accountId };
const stranger: SessionUser = { id: `stranger_${run}`, role: "WALLET_USER", name: "李娜", locale: "zh-CN", walletAccountId: otherAccountId };

beforeAll(async () => {
  const phone = (n: number) => `197${run.slice(-4).replace(/\D/g, "7").padStart(4, "7")}${n}`.slice(0, 11).padEnd(11, "0");
  await db.walletAccount.create({ data: { id: accountId, ownerName: "张伟", phone: phone(1), phoneMasked: "197****0001", balanceMinor: -3000 } });
  await db.walletAccount.create({ data: { id: otherAccountId, ownerName: "李娜", phone: phone(2), phoneMasked: "197****0002" } });
  // Same timestamp for the last two entries: the insertion order (seq) must decide, like file order.
  await db.ledgerEntry.createMany({
    data: [
      { id: `${run}_e1`, accountId, type: "TOP_UP", amountMinor: 10_000, occurredAt: new Date("2026-09-01T10:00:00Z") },
      { id: `${run}_e2`, accountId, type: "REFUND", amountMinor: 5_000, occurredAt: new Date("2026-09-02T10:00:00Z"), counterparty: "merchant:jd" },
      { id: `${run}_e3`, accountId, type: "PAYMENT", amountMinor: -15_000, occurredAt: new Date("2026-09-03T10:00:00Z"), counterparty: "merchant:jd" },
      { id: `${run}_e4`, accountId, type: "REFUND_REVERSAL", amountMinor: -5_000, occurredAt: new Date("2026-09-04T10:00:00Z"), relatedEntryId: `${run}_e2` },
      { id: `${run}_e5`, accountId, type: "TOP_UP", amountMinor: 2_000, occurredAt: new Date("2026-09-04T10:00:00Z") },
      { id: `${run}_e6`, accountId, type: "PAYMENT", amountMinor: -900, occurredAt: new Date("2026-09-05T10:00:00Z"), status: "PENDING" },
    ],
  });
});

describe("getAccountDiagnosis (database path)", () => {
  it("diagnoses a stored account from its ledger, in insertion order for equal timestamps", async () => {
    const { diagnosis, timeline } = await getAccountDiagnosis({ actor: owner, accountId, asOf: new Date("2026-09-10T00:00:00Z") });
    expect(diagnosis).toMatchObject({
      accountId,
      balanceMinor: -3_000,
      isNegative: true,
      wentNegativeAt: "2026-09-04T10:00:00.000Z",
      primaryCause: "REFUND",
      amountToRestoreMinor: 3_000,
      urgent: false,
    });
    expect(diagnosis.causes).toEqual([expect.objectContaining({ cause: "REFUND", amountMinor: 3_000, entryIds: [`${run}_e4`] })]);
    expect(timeline.points.map((p) => [p.entryId, p.balanceAfterMinor, p.counted])).toEqual([
      [`${run}_e1`, 10_000, true],
      [`${run}_e2`, 15_000, true],
      [`${run}_e3`, 0, true],
      [`${run}_e4`, -5_000, true],
      [`${run}_e5`, -3_000, true],
      [`${run}_e6`, -3_000, false],
    ]);
  });

  it("ignores entries dated after asOf", async () => {
    const { diagnosis } = await getAccountDiagnosis({ actor: owner, accountId, asOf: new Date("2026-09-03T12:00:00Z") });
    expect(diagnosis).toMatchObject({ balanceMinor: 0, isNegative: false, primaryCause: null, causes: [] });
  });

  it("refuses callers without a session and hides other people's accounts", async () => {
    await expect(getAccountDiagnosis({ actor: null, accountId })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getAccountDiagnosis({ actor: stranger, accountId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAccountDiagnosis({ actor: owner, accountId: "acc_does_not_exist" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("audits every staff look, and only staff looks", async () => {
    const before = await db.auditLog.count({ where: { targetId: accountId } });
    await getAccountDiagnosis({ actor: owner, accountId });
    expect(await db.auditLog.count({ where: { targetId: accountId } })).toBe(before);

    await getAccountDiagnosis({ actor: agent, accountId, ip: "203.0.113.9" });
    const rows = await db.auditLog.findMany({ where: { targetId: accountId }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ actorId: agent.id, actorRole: "AGENT", action: "account.diagnosis.view", accountId, ip: "203.0.113.9" });

    await expect(getAccountDiagnosis({ actor: agent, accountId: "acc_missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const missing = await db.auditLog.findFirst({ where: { targetId: "acc_missing" } });
    expect(missing).toMatchObject({ actorId: agent.id, metadata: { found: false } });
  });
});
