import pg from "pg";
import { UserFacingError } from "./user-facing-error";

/** Connects once so a wrong DATABASE_URL fails in one sentence, before migrations run. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserFacingError("DATABASE_URL is not a valid URL: expected postgresql://user:password@host:5432/database.");
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new UserFacingError(`DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//).`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = (error as Error).message || (error as NodeJS.ErrnoException).code || "no answer";
    throw new UserFacingError(`Cannot reach the database at ${parsed.host}${parsed.pathname} (DATABASE_URL): ${reason}.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
