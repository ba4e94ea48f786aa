import "server-only";
import { db } from "@/lib/db";

/**
 * The database's clock. Time windows shared by several web instances (sign-in throttling,
 * audit times) must all run on one clock; each host's own may be minutes apart.
 */
export async function databaseNow(): Promise<Date> {
  const [row] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS "now"`;
  if (!row) throw new Error("SELECT now() returned no row");
  return row.now;
}
