import "server-only";
import { db } from "@/lib/db";

/** Idempotency keys answer retries for a day; after that a retry is a new request. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60_000;

export async function pruneIdempotencyKeys({ now }: { now: Date }): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS) } } });
  return count;
}
