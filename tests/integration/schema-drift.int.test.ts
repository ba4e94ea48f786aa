import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";

const root = path.resolve(__dirname, "..", "..");

/*
 * Migrations are written by hand from a schema diff (docs/decisions/001), so nothing else would
 * notice a model change without its migration, or a migration that builds something else. The
 * CLI cannot diff a live database while prisma.config.ts defines an adapter, so this builds a
 * second database straight from prisma/schema.prisma and compares the two catalogs. Hand-written
 * extras (CHECK constraints, triggers, partial indexes) exist only in the migrated one and are
 * allowed: every index the schema asks for must be there, not the other way round.
 */
const SNAPSHOT_SQL = {
  columns: `SELECT table_name || '.' || column_name || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') AS item
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  enums: `SELECT t.typname || ': ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS item
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`,
  keys: `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS item
         FROM pg_constraint WHERE contype IN ('p', 'f', 'u') AND connamespace = 'public'::regnamespace
           AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%' ORDER BY 1`,
  indexes: `SELECT indexdef AS item FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
};

async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const read = async (sql: string) => (await client.query<{ item: string }>(sql)).rows.map((row) => row.item);
    return { columns: await read(SNAPSHOT_SQL.columns), enums: await read(SNAPSHOT_SQL.enums), keys: await read(SNAPSHOT_SQL.keys), indexes: await read(SNAPSHOT_SQL.indexes) };
  } finally {
    await client.end();
  }
}

function schemaScript(databaseUrl: string): string {
  const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
  const args = [prisma, "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, timeout: 60_000 });
  if (result.status !== 0) throw new Error(`prisma migrate diff failed: ${result.stderr}`);
  return result.stdout;
}

describe("the committed migrations", () => {
  const migratedUrl = inject("databaseUrl");
  const fromSchema = new URL(migratedUrl);
  fromSchema.pathname = `/schema_only_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: migratedUrl });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(fromSchema.pathname.slice(1))}`).catch(() => undefined);
    await admin.end();
  });

  it("build the database prisma/schema.prisma describes", async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(fromSchema.pathname.slice(1))}`);
    const script = schemaScript(fromSchema.toString());
    // Extensions are made by migrations, not described in the schema (pg_trgm for help search).
    const extensions = (await admin.query<{ extname: string }>(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`)).rows;
    const target = new pg.Client({ connectionString: fromSchema.toString() });
    await target.connect();
    try {
      for (const { extname } of extensions) await target.query(`CREATE EXTENSION IF NOT EXISTS ${target.escapeIdentifier(extname)}`);
      await target.query(script);
    } finally {
      await target.end();
    }

    const [migrated, expected] = [await snapshot(migratedUrl), await snapshot(fromSchema.toString())];
    expect(migrated.columns).toEqual(expected.columns);
    expect(migrated.enums).toEqual(expected.enums);
    expect(migrated.keys).toEqual(expected.keys);
    expect(expected.indexes.filter((index) => !migrated.indexes.includes(index))).toEqual([]);
  });
});
