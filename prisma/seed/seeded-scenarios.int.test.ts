import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";

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

  it("does not seed a database that already has users", async () => {
    expect(await seedIfEmpty(db)).toBe(false);
  });
});
