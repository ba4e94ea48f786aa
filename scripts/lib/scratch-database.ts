import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrate-database";

export type ScratchDatabase = { url: string; stop: () => Promise<void> };

/**
 * A throwaway PostgreSQL cluster in the OS temp folder with one migrated database, for tests
 * and benchmarks; stop() shuts it down and deletes it.
 */
export async function startScratchDatabase({ prefix, database }: { prefix: string; database: string }): Promise<ScratchDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  // The postgres system user must be able to enter the folder it runs from.
  fs.chmodSync(folder, 0o755);
  const server = await startEmbeddedPostgres({ clusterDir: path.join(folder, "data"), password: "scratch" });
  const remove = () => fs.rmSync(folder, { recursive: true, force: true });
  try {
    await server.ensureDatabase(database);
    const url = server.urlFor(database);
    await migrateDatabase(url);
    return {
      url,
      async stop() {
        await server.stop();
        remove();
      },
    };
  } catch (error) {
    await server.stop();
    remove();
    throw error;
  }
}
