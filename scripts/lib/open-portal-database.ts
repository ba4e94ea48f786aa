import fs from "node:fs";
import path from "node:path";
import { ensureSecrets, readSecrets } from "./data-dir-secrets";
import { assertDatabaseReachable } from "./database-reachable";
import { runningClusterPort, startEmbeddedPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrate-database";
import { UserFacingError } from "./user-facing-error";

export type PortalDatabase = { url: string; close: () => Promise<void> };

/**
 * The portal's database for a command (`npm run db:seed`, `npm run db:migrate`), found the way
 * `npm start` finds it: DATABASE_URL when set; otherwise the embedded cluster in DATA_DIR,
 * reached on the port a running portal gave it (it changes per start), or started for the
 * command (created and migrated on first use) and stopped by close().
 */
export async function openPortalDatabase(env: NodeJS.ProcessEnv = process.env): Promise<PortalDatabase> {
  if (env.DATABASE_URL) {
    await assertDatabaseReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, close: () => Promise.resolve() };
  }
  const dataDir = path.resolve(env.DATA_DIR || ".data");
  const clusterDir = path.join(dataDir, "postgres");
  const stored = readSecrets(dataDir);
  const hasCluster = fs.existsSync(path.join(clusterDir, "PG_VERSION"));
  if (hasCluster && !stored?.postgresPassword) {
    throw new UserFacingError(`${dataDir}/secrets.json has no database password for ${clusterDir}: restore the file or move the folder away.`);
  }
  const { postgresPassword } = ensureSecrets(dataDir, stored);
  const port = runningClusterPort(clusterDir);
  if (port !== null) {
    return { url: `postgresql://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${port}/portal`, close: () => Promise.resolve() };
  }
  const server = await startEmbeddedPostgres({ clusterDir, password: postgresPassword });
  try {
    await server.ensureDatabase("portal");
    const url = server.urlFor("portal");
    await migrateDatabase(url);
    return { url, close: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
