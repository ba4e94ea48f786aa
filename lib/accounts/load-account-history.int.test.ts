import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_ABS_AMOUNT_MINOR } from "@/lib/diagnosis/entry-types";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { loadAccountHistory } = await import("@/lib/accounts/load-account-history");
const { diagnoseAccount } = await import("@/lib/diagnosis/diagnose-account");

// Money beyond the old 32-bit columns (±2,147,483,647 fen, about ¥21 million), through Prisma's
// BIGINT and back into the engine's numbers.
const run = Date.now().toString(36);
const accountId = `acc_money_${run}`;
const BEYOND_INT32 = 3_000_000_000;

beforeAll(async () => {
  await db.walletAccount.create({
    data: { id: accountId, ownerName: "Big Spender", phone: `195${String(Date.now()).slice(-8)}`, phoneMasked: "195****0000", openingBalanceMinor: BEYOND_INT32, balanceMinor: -BEYOND_INT32 },
  });
  await db.ledgerEntry.createMany({
    data: [
      { id: `${run}_max`, accountId, type: "TOP_UP", amountMinor: MAX_ABS_AMOUNT_MINOR, occurredAt: new Date("2026-09-01T10:00:00Z") },
      { id: `${run}_pay`, accountId, type: "PAYMENT", amountMinor: -MAX_ABS_AMOUNT_MINOR, occurredAt: new Date("2026-09-02T10:00:00Z") },
      { id: `${run}_fee`, accountId, type: "FEE", amountMinor: -2 * BEYOND_INT32, occurredAt: new Date("2026-09-03T10:00:00Z") },
    ],
  });
});

afterAll(async () => {
  await db.walletAccount.delete({ where: { id: accountId } });
});

describe("stored money", () => {
  it("reads back exactly from BIGINT columns, as bigint", async () => {
    const account = await db.walletAccount.findUniqueOrThrow({ where: { id: accountId }, select: { openingBalanceMinor: true, balanceMinor: true } });
    expect(account).toEqual({ openingBalanceMinor: 3_000_000_000n, balanceMinor: -3_000_000_000n });
    const max = await db.ledgerEntry.findUniqueOrThrow({ where: { id: `${run}_max` }, select: { amountMinor: true } });
    expect(max.amountMinor).toBe(1_000_000_000_000n);
  });

  it("reaches the engine as exact numbers, and the diagnosis agrees with the cached balance", async () => {
    const history = await loadAccountHistory({ accountId, asOf: new Date("2026-09-10T00:00:00Z") });
    expect(history?.account.openingBalanceMinor).toBe(3_000_000_000);
    expect(history?.entries.map((e) => e.amountMinor)).toEqual([1_000_000_000_000, -1_000_000_000_000, -6_000_000_000]);
    const diagnosis = diagnoseAccount(history!);
    expect(diagnosis).toMatchObject({ balanceMinor: -3_000_000_000, amountToRestoreMinor: 3_000_000_000, primaryCause: "OVERDRAFT" });
    expect(diagnosis.causes[0]?.explanation.en).toContain("CN¥30,000,000.00");
  });
});
