// Bulk benchmark data: N synthetic accounts with M ledger entries in total, written with plain
// `pg` as multi-row INSERT ... SELECT FROM unnest(...) batches of 25k, two connections at a time.
// Whole accounts go in one batch (account, device, logins, entries in one transaction), so a
// batch never points at rows another batch has not written yet.
import pg from "pg";
import { emptyBatch, entriesPerAccount, generateScaleAccount, type ScaleBatch } from "./scale-generator";

export type ScaleProgress = { entries: number; totalEntries: number; accounts: number; seconds: number };

export type ScaleOptions = {
  accounts: number;
  entries: number;
  onProgress?: (progress: ScaleProgress) => void;
  /** Entries per INSERT batch. */
  batchEntries?: number;
  /** Batches written in parallel (one connection each). */
  concurrency?: number;
};

export type ScaleSummary = { accounts: number; entries: number; negativeAccounts: number; devices: number; logins: number; seconds: number; entriesPerSecond: number };

// Each column travels as one string joined by the unit separator and is split by PostgreSQL
// (string_to_array): ~3x cheaper for Node than pg's array serialization. '' stands for NULL.
const SEP = "\x1f";
const joined = (values: readonly (string | number | null)[]) => values.map((v) => v ?? "").join(SEP);
const col = (n: number, type = "") => `string_to_array($${n}, E'\\x1f', '')${type}`;

type Column = { name: string; type?: string; isTimestamp?: boolean };

/** `computed` maps extra columns to SQL over the aliases c0, c1, ... of the unnested columns. */
function insertSql(table: string, columns: readonly Column[], computed: Record<string, string> = {}): string {
  const names = columns.map((c) => `"${c.name}"`);
  const arrays = columns.map((c, i) => (c.isTimestamp ? col(i + 1, "::float8[]") : col(i + 1, c.type ? `::${c.type}[]` : "")));
  const aliases = columns.map((_, i) => `c${i}`);
  const selected = columns.map((c, i) => (c.isTimestamp ? `to_timestamp(c${i}) AT TIME ZONE 'UTC'` : `c${i}`));
  const computedNames = Object.keys(computed).map((k) => `"${k}"`);
  return `INSERT INTO "${table}" (${[...names, ...computedNames].join(", ")})
    SELECT ${[...selected, ...Object.values(computed)].join(", ")} FROM unnest(${arrays.join(", ")}) AS u(${aliases.join(", ")})`;
}

const ACCOUNT_COLUMNS: Column[] = [
  { name: "id" }, { name: "ownerName" }, { name: "phone" }, { name: "phoneMasked" }, { name: "locale" }, { name: "status", type: '"AccountStatus"' },
  { name: "openingBalanceMinor", type: "bigint" }, { name: "balanceMinor", type: "bigint" }, { name: "createdAt", isTimestamp: true },
];
const DEVICE_COLUMNS: Column[] = [{ name: "id" }, { name: "accountId" }, { name: "label" }, { name: "platform" }, { name: "firstSeenAt", isTimestamp: true }, { name: "lastSeenAt", isTimestamp: true }];
const LOGIN_COLUMNS: Column[] = [{ name: "id" }, { name: "accountId" }, { name: "deviceId" }, { name: "ip" }, { name: "at", isTimestamp: true }];
const ENTRY_COLUMNS: Column[] = [
  { name: "id" }, { name: "accountId" }, { name: "type", type: '"EntryType"' }, { name: "amountMinor", type: "bigint" }, { name: "occurredAt", isTimestamp: true },
  { name: "status", type: '"EntryStatus"' }, { name: "counterparty" }, { name: "description" }, { name: "deviceId" }, { name: "relatedEntryId" }, { name: "promoId" },
];

const INSERT_ACCOUNTS = insertSql("WalletAccount", ACCOUNT_COLUMNS, { updatedAt: "now()" });
const INSERT_DEVICES = insertSql("Device", DEVICE_COLUMNS, { trusted: "true" });
const INSERT_LOGINS = insertSql("Login", LOGIN_COLUMNS);
// createdAt = occurredAt: the synthetic history was "recorded" as it happened.
const INSERT_ENTRIES = insertSql("LedgerEntry", ENTRY_COLUMNS, { createdAt: "to_timestamp(c4) AT TIME ZONE 'UTC'" });

async function writeBatch(client: pg.PoolClient, batch: ScaleBatch) {
  const { accounts: a, devices: d, logins: l, entries: e } = batch;
  await client.query("BEGIN");
  try {
    await client.query(INSERT_ACCOUNTS, [a.id, a.ownerName, a.phone, a.phoneMasked, a.locale, a.status, a.openingBalanceMinor, a.balanceMinor, a.createdAt].map(joined));
    await client.query(INSERT_DEVICES, [d.id, d.accountId, d.label, d.platform, d.firstSeenAt, d.lastSeenAt].map(joined));
    await client.query(INSERT_LOGINS, [l.id, l.accountId, l.deviceId, l.ip, l.at].map(joined));
    await client.query(INSERT_ENTRIES, [e.id, e.accountId, e.type, e.amountMinor, e.occurredAt, e.status, e.counterparty, e.description, e.deviceId, e.relatedEntryId, e.promoId].map(joined));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

// Every reference of the synthetic rows, checked in one pass after a load without FK triggers.
const ORPHANS_SQL = `
  SELECT
    (SELECT count(*) FROM "LedgerEntry" e WHERE e.id LIKE 'scl\\_%' AND (
        NOT EXISTS (SELECT 1 FROM "WalletAccount" a WHERE a.id = e."accountId")
        OR (e."deviceId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Device" d WHERE d.id = e."deviceId"))
        OR (e."relatedEntryId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "LedgerEntry" r WHERE r.id = e."relatedEntryId"))
        OR (e."promoId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Promotion" p WHERE p.id = e."promoId"))))
  + (SELECT count(*) FROM "Login" l WHERE l.id LIKE 'scl\\_%' AND NOT EXISTS (SELECT 1 FROM "Device" d WHERE d.id = l."deviceId" AND d."accountId" = l."accountId"))
  + (SELECT count(*) FROM "Device" d WHERE d.id LIKE 'scl\\_%' AND NOT EXISTS (SELECT 1 FROM "WalletAccount" a WHERE a.id = d."accountId")) AS orphans`;

/**
 * Loads the synthetic accounts. Accepts a connection string or a pg.Pool (left open for the
 * caller). As a superuser it turns FK triggers off for its own sessions, like
 * `pg_restore --disable-triggers`: the generator writes parents first in the same transaction,
 * the CHECK on entry signs still applies, and one query verifies every reference afterwards.
 * That halves the database's work (~41 -> ~19 us of CPU a row here). Without the privilege it
 * simply keeps the triggers.
 */
export async function seedScaleData(target: string | pg.Pool, options: ScaleOptions): Promise<ScaleSummary> {
  const { accounts, entries, onProgress, batchEntries = 25_000, concurrency = 2 } = options;
  const pool = typeof target === "string" ? new pg.Pool({ connectionString: target, max: concurrency }) : target;
  const startedAt = performance.now();
  try {
    // Promotion credits point at real promotions when the demo world is present.
    const promoIds = (await pool.query<{ id: string }>(`SELECT id FROM "Promotion" ORDER BY id`)).rows.map((r) => r.id);
    const counts = entriesPerAccount(accounts, entries);
    let nextAccount = 0;
    let written = 0;
    let negativeAccounts = 0;
    let isAnyLoadUnchecked = false;
    const nextBatch = (): ScaleBatch | null => {
      if (nextAccount >= accounts) return null;
      const batch = emptyBatch();
      while (nextAccount < accounts && (batch.entries.id.length < batchEntries || batch.accounts.id.length === 0)) {
        const { balance } = generateScaleAccount(batch, nextAccount + 1, counts[nextAccount] as number, promoIds);
        if (balance < 0) negativeAccounts += 1;
        nextAccount += 1;
      }
      return batch;
    };
    const worker = async () => {
      const client = await pool.connect();
      try {
        // Benchmark data: losing the last commits in a crash is acceptable, waiting on each flush is not.
        await client.query("SET synchronous_commit = off");
        const isUnchecked = await client.query("SET session_replication_role = replica").then(() => true, () => false);
        isAnyLoadUnchecked ||= isUnchecked;
        try {
          for (let batch = nextBatch(); batch; batch = nextBatch()) {
            await writeBatch(client, batch);
            written += batch.entries.id.length;
            onProgress?.({ entries: written, totalEntries: entries, accounts: nextAccount, seconds: (performance.now() - startedAt) / 1000 });
          }
        } finally {
          if (isUnchecked) await client.query("RESET session_replication_role").catch(() => undefined);
          await client.query("RESET synchronous_commit").catch(() => undefined);
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    if (isAnyLoadUnchecked) {
      const { rows } = await pool.query<{ orphans: string }>(ORPHANS_SQL);
      const orphans = Number(rows[0]?.orphans ?? 0);
      if (orphans > 0) throw new Error(`${orphans} synthetic rows point at rows that do not exist (generator bug); run with --reset`);
    }
    await pool.query(`ANALYZE "WalletAccount", "LedgerEntry", "Device", "Login"`);
    const seconds = (performance.now() - startedAt) / 1000;
    return { accounts, entries: written, negativeAccounts, devices: accounts, logins: accounts * 2, seconds, entriesPerSecond: Math.round(written / seconds) };
  } finally {
    if (typeof target === "string") await pool.end();
  }
}

/** How many synthetic accounts are already loaded (the CLI refuses to load them twice). */
export async function countScaleAccounts(target: pg.Pool | pg.Client): Promise<number> {
  const { rows } = await target.query<{ n: string }>(`SELECT count(*) AS n FROM "WalletAccount" WHERE id LIKE 'scl\\_%'`);
  return Number(rows[0]?.n ?? 0);
}
