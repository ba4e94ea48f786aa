import pg from "pg";

/*
 * The lookup benchmark's data, written by PostgreSQL itself (generate_series) in a handful of
 * statements: 1,000,000 ledger entries, one account with 200,000 of them (pairs share a
 * timestamp, to exercise the seq tie-break), 5,000 other accounts, 100,000 tickets.
 * Skipped when the database already holds it (the cluster is kept between runs).
 */
export const BIG_ACCOUNT = "bench_big";
export const BIG_ENTRIES = 200_000;
const TOTAL_ENTRIES = 1_000_000;
const ACCOUNTS = 5_000;
const TICKETS = 100_000;

export async function seedLookupData(url: string): Promise<{ seeded: boolean; seconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "LedgerEntry" WHERE id LIKE 'bench_e_%'`);
    if (rows[0]!.n >= TOTAL_ENTRIES) return { seeded: false, seconds: 0 };
    const started = Date.now();
    await client.query("BEGIN");
    await client.query(`DELETE FROM "Ticket" WHERE id LIKE 'bench_t_%'`);
    await client.query(`DELETE FROM "WalletAccount" WHERE id LIKE 'bench_%'`);
    await client.query(`
      INSERT INTO "WalletAccount" (id, "ownerName", phone, "phoneMasked", "balanceMinor", "updatedAt")
      SELECT CASE WHEN g = 0 THEN '${BIG_ACCOUNT}' ELSE 'bench_acc_' || g END, 'Bench Owner ' || g, (16000000000 + g)::text, '160****' || lpad((g % 10000)::text, 4, '0'), -5000, now()
      FROM generate_series(0, ${ACCOUNTS}) g`);
    await client.query(`
      INSERT INTO "LedgerEntry" (id, "accountId", type, "amountMinor", "occurredAt", status, counterparty)
      SELECT 'bench_e_' || g,
        CASE WHEN g <= ${BIG_ENTRIES} THEN '${BIG_ACCOUNT}' ELSE 'bench_acc_' || (g % ${ACCOUNTS} + 1) END,
        (CASE WHEN g % 3 = 0 THEN 'TOP_UP' ELSE 'PAYMENT' END)::"EntryType",
        CASE WHEN g % 3 = 0 THEN 2900 ELSE -1500 END,
        timestamp '2025-06-01' + ((g / 2) * interval '90 seconds'),
        (CASE WHEN g % 97 = 0 THEN 'PENDING' ELSE 'POSTED' END)::"EntryStatus",
        CASE WHEN g % 3 = 0 THEN 'Bank card' ELSE 'Merchant ' || (g % 400) END
      FROM generate_series(1, ${TOTAL_ENTRIES}) g`);
    await client.query(`
      INSERT INTO "Ticket" (id, subject, status, priority, "accountId", "createdAt", "updatedAt", "firstResponseDueAt", "resolutionDueAt")
      SELECT 'bench_t_' || g, 'Balance below zero ' || g,
        (ARRAY['NEW','OPEN','WAITING_ON_CUSTOMER','RESOLVED','CLOSED'])[g % 5 + 1]::"TicketStatus",
        (ARRAY['LOW','NORMAL','HIGH','URGENT'])[g % 4 + 1]::"TicketPriority",
        'bench_acc_' || (g % ${ACCOUNTS} + 1),
        timestamp '2026-01-01' + g * interval '2 minutes', now(),
        timestamp '2026-01-01' + g * interval '2 minutes' + interval '4 hours',
        timestamp '2026-01-01' + g * interval '2 minutes' + interval '24 hours'
      FROM generate_series(1, ${TICKETS}) g`);
    await client.query("COMMIT");
    await client.query(`ANALYZE "WalletAccount", "LedgerEntry", "Ticket"`);
    return { seeded: true, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
