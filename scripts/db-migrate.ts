// `npm run db:migrate`: apply the committed migrations to DATABASE_URL.
import { assertDatabaseReachable } from "./lib/database-reachable";
import { migrateDatabase } from "./lib/migrate-database";
import { UserFacingError } from "./lib/user-facing-error";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new UserFacingError("DATABASE_URL is not set: `npm start` migrates its embedded database itself; set DATABASE_URL to migrate another server.");
  await assertDatabaseReachable(url);
  await migrateDatabase(url, { quiet: false });
}

main().catch((error: unknown) => {
  console.error(error instanceof UserFacingError ? error.message : String(error));
  process.exit(1);
});
