import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { migrateDatabase } from "../../scripts/lib/migrate-database";

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
  const clusterDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-it-pg-"));
  fs.chmodSync(clusterDir, 0o755);
  const pg = await startEmbeddedPostgres({ clusterDir: path.join(clusterDir, "data"), password: "integration" });
  const database = `it_${Date.now()}`;
  await pg.ensureDatabase(database);
  const url = pg.urlFor(database);
  await migrateDatabase(url);
  project.provide("databaseUrl", url);
  return async () => {
    await pg.stop();
    fs.rmSync(clusterDir, { recursive: true, force: true });
  };
}
