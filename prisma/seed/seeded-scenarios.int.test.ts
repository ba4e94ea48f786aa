import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { migrateDatabase } from "@/scripts/lib/migrate-database";

// lib/db.ts reads DATABASE_URL when first imported: point it at the run's database first.
process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { seedIfEmpty } = await import("@/prisma/seed/seed-if-empty");
const { hasDemoData, seedDemoData } = await import("@/prisma/seed/seed-demo-data");
const { SCENARIOS } = await import("@/prisma/seed/scenarios");
const { DEMO_NOW } = await import("@/prisma/seed/demo-clock");
const { getAccountDiagnosis } = await import("@/lib/accounts/get-account-diagnosis");

const supervisor: SessionUser = { id: "it_supervisor", role: "SUPERVISOR", name: "Test Supervisor", locale: "en", walletAccountId: null };

// Other test files share the run's database, so "empty" is not guaranteed: seed explicitly.
beforeAll(async () => {
  if (!(await hasDemoData(db))) await seedDemoData(db);
}, 120_000);

describe("every seeded story, diagnosed from PostgreSQL", () => {
  it("has at least two accounts for each situation", () => {
    const counts = new Map<string, number>();
    for (const scenario of SCENARIOS) counts.set(scenario.situation, (counts.get(scenario.situation) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(9);
    for (const [situation, count] of counts) expect(count, situation).toBeGreaterThanOrEqual(2);
  });

  it.each(SCENARIOS.map((scenario) => [scenario.key, scenario] as const))("%s diagnoses to its story's cause", async (_key, scenario) => {
    const { diagnosis } = await getAccountDiagnosis({ actor: supervisor, accountId: scenario.accountId, asOf: DEMO_NOW });
    expect(diagnosis.primaryCause).toBe(scenario.expectedPrimaryCause);
    expect(diagnosis.urgent).toBe(scenario.expectedUrgent);
    // The cached balance column (BIGINT) agrees with the ledger replay.
    const account = await db.walletAccount.findUniqueOrThrow({ where: { id: scenario.accountId }, select: { balanceMinor: true } });
    expect(account.balanceMinor).toBe(BigInt(diagnosis.balanceMinor));
  });
});

// The shared database above always has users by the time a test runs, so seedIfEmpty's
// interesting branch needs a database of its own: migrated, empty, then used.
describe("seedIfEmpty on a fresh database", () => {
  const name = `seed_if_empty_${Date.now().toString(36)}`;
  const adminUrl = inject("databaseUrl");
  const url = adminUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
  const admin = (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    return client.connect().then(() => client.query(sql)).finally(() => client.end());
  };
  let fresh: PrismaClient;

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    await migrateDatabase(url);
    fresh = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  }, 60_000);

  afterAll(async () => {
    await fresh?.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${name}"`);
  });

  it("seeds the demo world once, then leaves the database alone", async () => {
    expect(await seedIfEmpty(fresh)).toBe(true);
    const counts = async () => ({ accounts: await fresh.walletAccount.count(), entries: await fresh.ledgerEntry.count(), users: await fresh.portalUser.count() });
    const seeded = await counts();
    expect(seeded.accounts).toBe(SCENARIOS.length);
    expect(seeded.users).toBeGreaterThan(0);

    expect(await seedIfEmpty(fresh)).toBe(false);
    expect(await counts()).toEqual(seeded);
  }, 60_000);
});
