import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ENTRY_TYPES, MAX_ABS_AMOUNT_MINOR, SIGN_RULES } from "@/lib/diagnosis/entry-types";

describe("the migrated database", () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  // Ids unique to this run, so a second run on a reused database (TEST_DATABASE_URL) still works.
  const run = Date.now().toString(36);
  const accountId = `acc_db_${run}`;
  const insertEntry = (id: string, type: string, amountMinor: number | string) =>
    client.query(`INSERT INTO "LedgerEntry" (id, "accountId", type, "amountMinor", "occurredAt") VALUES ($1, $2, $3, $4, now())`, [`${run}_${id}`, accountId, type, amountMinor]);

  beforeAll(async () => {
    await client.connect();
    const phone = `196${String(Date.now()).slice(-8)}`;
    await client.query(`INSERT INTO "WalletAccount" (id, "ownerName", phone, "phoneMasked", "updatedAt") VALUES ($1, 'Sign Test', $2, '196****0000', now())`, [accountId, phone]);
  });
  afterAll(() => client.end());

  it.each(ENTRY_TYPES.map((type) => [type, SIGN_RULES[type]] as const))("stores a %s only with the sign of a %s", async (type, rule) => {
    const wrong = rule === "credit" ? [-100] : rule === "debit" ? [100] : [0];
    const right = rule === "credit" ? [100] : rule === "debit" ? [-100] : [100, -100];
    for (const amount of wrong) {
      await expect(insertEntry(`${type}_wrong`, type, amount), String(amount)).rejects.toThrow(/LedgerEntry_sign_check/);
    }
    for (const [i, amount] of right.entries()) await insertEntry(`${type}_ok_${i}`, type, amount);
    const { rows } = await client.query(`SELECT "amountMinor"::text AS amount FROM "LedgerEntry" WHERE "accountId" = $1 AND type = $2 ORDER BY seq`, [accountId, type]);
    expect(rows.map((r) => Number(r.amount))).toEqual(right);
  });

  it("stores money up to what the engine accepts, and refuses more", async () => {
    await insertEntry("max_credit", "TOP_UP", MAX_ABS_AMOUNT_MINOR);
    await insertEntry("max_debit", "PAYMENT", -MAX_ABS_AMOUNT_MINOR);
    await expect(insertEntry("too_big", "TOP_UP", MAX_ABS_AMOUNT_MINOR + 1)).rejects.toThrow(/LedgerEntry_amount_range_check/);
    await expect(insertEntry("too_small", "PAYMENT", -MAX_ABS_AMOUNT_MINOR - 1)).rejects.toThrow(/LedgerEntry_amount_range_check/);

    // A cached balance may add up past 10^12, never past what a JavaScript number holds exactly.
    const setBalance = (minor: string) => client.query(`UPDATE "WalletAccount" SET "balanceMinor" = $2 WHERE id = $1`, [accountId, minor]);
    await setBalance(String(-Number.MAX_SAFE_INTEGER));
    await expect(setBalance(String(BigInt(Number.MAX_SAFE_INTEGER) + 1n))).rejects.toThrow(/WalletAccount_balance_range_check/);
    const update = client.query(`UPDATE "WalletAccount" SET "openingBalanceMinor" = $2 WHERE id = $1`, [accountId, String(MAX_ABS_AMOUNT_MINOR + 1)]);
    await expect(update).rejects.toThrow(/WalletAccount_opening_balance_range_check/);
  });

  it("keeps the audit log append-only", async () => {
    const { rows } = await client.query(`INSERT INTO "AuditLog" (action, "targetType") VALUES ('account.view', 'WalletAccount') RETURNING id`);
    const id = rows[0].id as string;
    await expect(client.query(`UPDATE "AuditLog" SET action = 'tampered' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "AuditLog" WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const after = await client.query(`SELECT action FROM "AuditLog" WHERE id = $1`, [id]);
    expect(after.rows).toEqual([{ action: "account.view" }]);
  });
});
