// `npm run db:seed` / `npx tsx prisma/seed.ts [--reset] [--accounts N --entries M]`
// Seeds the demo world (docs/demo-data.md) and, on request, bulk benchmark data, into
// DATABASE_URL or, when it is unset, the embedded database in DATA_DIR (running or not).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { openPortalDatabase } from "../scripts/lib/open-portal-database";
import { UserFacingError } from "../scripts/lib/user-facing-error";
import { resetDatabase } from "./seed/reset-database";
import { SEED_USAGE, parseSeedArgs } from "./seed/seed-args";
import { hasDemoData, seedDemoData, type SeedSummary } from "./seed/seed-demo-data";
import { countScaleAccounts, seedScaleData } from "./seed/seed-scale-data";

const fmt = (n: number) => n.toLocaleString("en");

function printDemoSummary(s: SeedSummary, ms: number) {
  console.log(
    `Demo data seeded in ${(ms / 1000).toFixed(1)} s: ${fmt(s.accounts)} accounts (${s.negativeAccounts} negative), ${fmt(s.entries)} ledger entries (${s.pendingEntries} pending), ` +
      `${fmt(s.logins)} logins on ${s.devices} devices, ${s.securityEvents} security events, ${s.promotions} promotions, ` +
      `${s.portalUsers} portal users, ${s.tickets} tickets (${s.ticketMessages} messages, ${s.ticketEvents} events), ${s.auditLogs} audit rows.`,
  );
  console.log("Sign in: staff agent@example.com / portal-demo-2026, wallet users by phone (e.g. 13800000001) / wallet-demo-2026 (all logins: docs/demo-data.md).");
}

async function main(): Promise<number> {
  const parsed = parseSeedArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const { reset, help, scale } = parsed.options;
  if (help) {
    console.log(SEED_USAGE);
    return 0;
  }
  const database = await openPortalDatabase();
  try {
    return await seed(database.url, { reset, scale });
  } finally {
    await database.close();
  }
}

async function seed(url: string, { reset, scale }: { reset: boolean; scale: { accounts: number; entries: number } | null }): Promise<number> {
  const startedAt = performance.now();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if (reset) {
      const tables = await resetDatabase(db);
      console.log(`Reset: emptied ${tables.length} tables.`);
    }
    if (await hasDemoData(db)) {
      console.log("Demo data is already present: nothing to do (use --reset to start over).");
    } else {
      const t = performance.now();
      printDemoSummary(await seedDemoData(db), performance.now() - t);
    }
  } finally {
    await db.$disconnect();
  }

  if (scale) {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      const existing = await countScaleAccounts(pool);
      if (existing > 0) {
        console.log(`Scale data is already present (${fmt(existing)} synthetic accounts): not loading it twice (use --reset to start over).`);
      } else {
        console.log(`Loading ${fmt(scale.accounts)} synthetic accounts with ${fmt(scale.entries)} ledger entries...`);
        let lastReport = 0;
        const summary = await seedScaleData(pool, {
          accounts: scale.accounts,
          entries: scale.entries,
          onProgress: (p) => {
            if (p.seconds - lastReport < 5 && p.entries < p.totalEntries) return;
            lastReport = p.seconds;
            console.log(`  ${fmt(p.entries)} / ${fmt(p.totalEntries)} entries, ${fmt(Math.round(p.entries / p.seconds))} rows/s`);
          },
        });
        console.log(
          `Scale data: ${fmt(summary.accounts)} accounts (${fmt(summary.negativeAccounts)} negative), ${fmt(summary.entries)} entries, ` +
            `${fmt(summary.logins)} logins in ${summary.seconds.toFixed(1)} s = ${fmt(summary.entriesPerSecond)} entries/s.`,
        );
      }
    } finally {
      await pool.end();
    }
  }
  console.log(`Done in ${((performance.now() - startedAt) / 1000).toFixed(1)} s.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof UserFacingError ? error.message : `Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
