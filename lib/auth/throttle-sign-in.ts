import "server-only";
import { db } from "@/lib/db";

/*
 * Failed sign-ins counted in PostgreSQL (table SignInThrottle), so every web instance sees the
 * same counters and a restart forgets nothing. Each change is one atomic statement
 * (INSERT ... ON CONFLICT DO UPDATE, or UPDATE ... WHERE), so two instances racing on the same
 * key serialise on its row and never lose a count.
 *
 * An attempt is *reserved* (counted) before the password is checked and given back when it
 * succeeds. Counting first means a burst of parallel guesses cannot all slip past the check
 * before the first failure is written: at most `limit` attempts per window ever reach argon2.
 * See docs/decisions/004-authentication.md for the numbers.
 */

export type ThrottleRule = { limit: number; windowMs: number; blockMs: number };

export const SIGN_IN_THROTTLE = {
  /** Per phone number / email, whether or not it belongs to an account. */
  account: { limit: 5, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
  /** Per client IP, across both sign-in forms (offices and carrier NAT share an IP). */
  ip: { limit: 20, windowMs: 15 * 60_000, blockMs: 15 * 60_000 },
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleKeys = { account: string; ip: string };

export type SignInReservation =
  | { ok: true; keys: ThrottleKeys }
  | { ok: false; retryAfterMs: number };

type CounterRow = { failures: number; blockedUntil: Date | null };

export function throttleKeys(options: { provider: "wallet" | "staff" | "wallet-code" | "password-reset"; identifier: string; ip: string }): ThrottleKeys {
  return { account: `account:${options.provider}:${options.identifier}`, ip: `ip:${options.ip}` };
}

/**
 * Counts one attempt on a key unless the key is blocked. A window that has run out, or a
 * block that has ended, starts a fresh window. Exceeding the limit blocks the key at once
 * (only parallel attempts get here: normally the failure that reaches the limit blocks it).
 */
async function reserveKey(key: string, rule: ThrottleRule, now: Date): Promise<CounterRow> {
  const windowCutoff = new Date(now.getTime() - rule.windowMs);
  const blockEnd = new Date(now.getTime() + rule.blockMs);
  const rows = await db.$queryRaw<CounterRow[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStart", "blockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE
        WHEN t."blockedUntil" > ${now} THEN t."failures"
        WHEN t."blockedUntil" IS NOT NULL OR t."windowStart" <= ${windowCutoff} THEN 1
        ELSE t."failures" + 1 END,
      "windowStart" = CASE
        WHEN t."blockedUntil" > ${now} THEN t."windowStart"
        WHEN t."blockedUntil" IS NOT NULL OR t."windowStart" <= ${windowCutoff} THEN ${now}
        ELSE t."windowStart" END,
      "blockedUntil" = CASE
        WHEN t."blockedUntil" > ${now} THEN t."blockedUntil"
        WHEN t."blockedUntil" IS NOT NULL OR t."windowStart" <= ${windowCutoff} THEN NULL
        WHEN t."failures" + 1 > ${rule.limit} THEN ${blockEnd}
        ELSE NULL END,
      "updatedAt" = ${now}
    RETURNING "failures", "blockedUntil"`;
  const row = rows[0];
  if (!row) throw new Error("SignInThrottle upsert returned no row");
  return row;
}

/** Gives back one reserved attempt (the attempt turned out not to be a wrong password). */
async function releaseKey(key: string, now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0), "updatedAt" = ${now}
    WHERE "key" = ${key} AND "blockedUntil" IS NULL`;
}

/** Blocks a key whose window now holds `limit` failures; returns the end of the block, if any. */
async function blockIfAtLimit(key: string, rule: ThrottleRule, now: Date): Promise<Date | null> {
  const blockEnd = new Date(now.getTime() + rule.blockMs);
  const rows = await db.$queryRaw<{ blockedUntil: Date }[]>`
    UPDATE "SignInThrottle" SET "blockedUntil" = ${blockEnd}, "updatedAt" = ${now}
    WHERE "key" = ${key} AND "failures" >= ${rule.limit} AND "blockedUntil" IS NULL
    RETURNING "blockedUntil"`;
  return rows[0]?.blockedUntil ?? null;
}

function remainingMs(blockedUntil: Date | null, now: Date): number {
  return blockedUntil ? Math.max(blockedUntil.getTime() - now.getTime(), 1) : 0;
}

/**
 * Call before checking a password. `ok: false` means refuse without checking it: the account
 * key or the IP key is blocked (for `retryAfterMs`). A refused attempt is not counted.
 */
export async function reserveSignInAttempt(options: { keys: ThrottleKeys; now: Date }): Promise<SignInReservation> {
  const { keys, now } = options;
  const account = await reserveKey(keys.account, SIGN_IN_THROTTLE.account, now);
  if (account.blockedUntil) return { ok: false, retryAfterMs: remainingMs(account.blockedUntil, now) };
  const ip = await reserveKey(keys.ip, SIGN_IN_THROTTLE.ip, now);
  if (ip.blockedUntil) {
    await releaseKey(keys.account, now);
    return { ok: false, retryAfterMs: remainingMs(ip.blockedUntil, now) };
  }
  return { ok: true, keys };
}

/** The reserved attempt was a wrong password: it stays counted; returns how long the caller is now blocked (0 if not). */
export async function recordSignInFailure(options: { keys: ThrottleKeys; now: Date }): Promise<{ blockedForMs: number }> {
  const { keys, now } = options;
  const [account, ip] = await Promise.all([
    blockIfAtLimit(keys.account, SIGN_IN_THROTTLE.account, now),
    blockIfAtLimit(keys.ip, SIGN_IN_THROTTLE.ip, now),
  ]);
  return { blockedForMs: Math.max(remainingMs(account, now), remainingMs(ip, now)) };
}

/** The password was right: the account's counter is cleared and the IP gets its attempt back. */
export async function recordSignInSuccess(options: { keys: ThrottleKeys; now: Date }): Promise<void> {
  const { keys, now } = options;
  await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${keys.account}`;
  await releaseKey(keys.ip, now);
}

/** The attempt was not a password guess after all (e.g. a disabled account with the right password). */
export async function releaseSignInAttempt(options: { keys: ThrottleKeys; now: Date }): Promise<void> {
  await Promise.all([releaseKey(options.keys.account, options.now), releaseKey(options.keys.ip, options.now)]);
}

/** Drops counters nobody has touched for longer than any window or block (for a periodic job). */
export async function pruneSignInThrottle(options: { now: Date }): Promise<number> {
  const longest = Math.max(...Object.values(SIGN_IN_THROTTLE).map((rule) => rule.windowMs + rule.blockMs));
  const cutoff = new Date(options.now.getTime() - longest);
  return db.$executeRaw`
    DELETE FROM "SignInThrottle"
    WHERE "updatedAt" < ${cutoff} AND ("blockedUntil" IS NULL OR "blockedUntil" < ${options.now})`;
}
