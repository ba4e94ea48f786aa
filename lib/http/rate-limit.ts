import "server-only";
import { db } from "@/lib/db";

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request against `key` in a fixed window and says whether it may go ahead. One
 * atomic upsert in PostgreSQL, so every web instance shares the count and racing requests
 * never lose one; windows run on the database's clock (`now()`), not each instance's.
 * A refused request is counted too: hammering does not shorten the wait.
 */
export async function consumeRateLimit(options: { key: string; rule: RateLimitRule }): Promise<RateLimitResult> {
  const { key, rule } = options;
  const rows = await db.$queryRaw<{ hits: number; retryAfterMs: number }[]>`
    INSERT INTO "RateLimit" AS r ("key", "windowStart", "hits", "updatedAt")
    VALUES (${key}, now(), 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN r."windowStart" <= now() - make_interval(secs => ${rule.windowMs / 1000}) THEN 1 ELSE r."hits" + 1 END,
      "windowStart" = CASE WHEN r."windowStart" <= now() - make_interval(secs => ${rule.windowMs / 1000}) THEN now() ELSE r."windowStart" END,
      "updatedAt" = now()
    RETURNING "hits",
      (EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${rule.windowMs / 1000}) - now())) * 1000)::float8 AS "retryAfterMs"`;
  const row = rows[0];
  if (!row) throw new Error("RateLimit upsert returned no row");
  if (row.hits <= rule.limit) return { ok: true, remaining: rule.limit - row.hits };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(row.retryAfterMs / 1000)) };
}

/** Drops counters whose window ended long ago (for a periodic job; one row per key otherwise). */
export async function pruneRateLimits(options: { olderThanMs: number }): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimit" WHERE "updatedAt" < now() - make_interval(secs => ${options.olderThanMs / 1000})`;
}
