import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { seedIfEmpty } from "@/prisma/seed/seed-if-empty";
import { migrateDatabase } from "./migrate-database";

// Any constant shared by every portal process: only one of them migrates and seeds at a time.
const PREPARE_LOCK = 727_001;

/**
 * Applies migrations and, when `seed` is set, loads the demo data into an empty database, once
 * across concurrent starts. `hasUsers`: whether anybody can sign in afterwards.
 */
export async function prepareDatabase(url: string, { seed }: { seed: boolean }): Promise<{ seeded: boolean; hasUsers: boolean }> {
  const lockClient = new pg.Client({ connectionString: url });
  await lockClient.connect();
  try {
    await lockClient.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK]);
    await migrateDatabase(url);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
    try {
      if (seed && (await seedIfEmpty(db))) return { seeded: true, hasUsers: true };
      return { seeded: false, hasUsers: (await db.portalUser.count()) > 0 };
    } finally {
      await db.$disconnect();
    }
  } finally {
    await lockClient.query("SELECT pg_advisory_unlock($1)", [PREPARE_LOCK]).catch(() => undefined);
    await lockClient.end();
  }
}
