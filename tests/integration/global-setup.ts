import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../scripts/lib/migrate-database";
import { startScratchDatabase } from "../../scripts/lib/scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Integration tests run against a real PostgreSQL 17: a throwaway cluster on a free port,
 * a fresh database for the run, the committed migrations applied exactly as `npm start` does.
 * TEST_DATABASE_URL points the run at an existing server instead (its database is reused as is).
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await migrateDatabase(external);
    project.provide("databaseUrl", external);
    return;
  }
  const { url, stop } = await startScratchDatabase({ prefix: "portal-it-pg-", database: `it_${Date.now()}` });
  project.provide("databaseUrl", url);
  return stop;
}
