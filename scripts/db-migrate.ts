// `npm run db:migrate`: apply the committed migrations to DATABASE_URL, or to the embedded
// database in DATA_DIR when it is unset (running or not).
import { migrateDatabase } from "./lib/migrate-database";
import { openPortalDatabase } from "./lib/open-portal-database";
import { UserFacingError } from "./lib/user-facing-error";

async function main() {
  const database = await openPortalDatabase();
  try {
    await migrateDatabase(database.url, { quiet: false });
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UserFacingError ? error.message : String(error));
  process.exit(1);
});
