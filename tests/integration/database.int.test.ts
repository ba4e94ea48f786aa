import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

describe("the migrated database", () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it("refuses a ledger entry whose sign contradicts its type", async () => {
    await client.query(`INSERT INTO "WalletAccount" (id, "ownerName", phone, "phoneMasked", "updatedAt") VALUES ('acc_sign', 'Sign Test', '19900000001', '199****0001', now())`);
    await expect(
      client.query(`INSERT INTO "LedgerEntry" (id, "accountId", type, "amountMinor", "occurredAt") VALUES ('e_bad', 'acc_sign', 'TOP_UP', -100, now())`),
    ).rejects.toThrow(/LedgerEntry_sign_check/);
    await client.query(`INSERT INTO "LedgerEntry" (id, "accountId", type, "amountMinor", "occurredAt") VALUES ('e_ok', 'acc_sign', 'PAYMENT', -100, now())`);
    const { rows } = await client.query(`SELECT "amountMinor" FROM "LedgerEntry" WHERE "accountId" = 'acc_sign'`);
    expect(rows).toEqual([{ amountMinor: -100 }]);
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
