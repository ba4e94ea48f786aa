import "server-only";
import { db } from "@/lib/db";

/** Deletes expired idempotency keys (for the periodic job; an expired key already counts as new). */
export async function pruneIdempotencyKeys(): Promise<number> {
  return db.$executeRaw`DELETE FROM "IdempotencyKey" WHERE "expiresAt" < now()`;
}
