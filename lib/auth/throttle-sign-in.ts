import "server-only";
import { db } from "@/lib/db";
import { KNOWN_NETWORK_MS, SIGN_IN_SLOWDOWN, networkOf, type SlowdownRule, type SlowdownScope } from "@/lib/auth/sign-in-throttle-rules";

/*
 * Failed sign-ins counted in PostgreSQL (table SignInThrottle), so every web instance sees the
 * same counters and a restart forgets nothing; all times are the database's (callers pass
 * databaseNow()). Three counters per attempt, none of them a lock (decision 028):
 *
 *   pair:<form>:<identifier>:<network>   5 free failures, then 30 s doubling to 15 min
 *   network:<network>                    20 free failures, then 30 s doubling to 15 min
 *   account:<form>:<identifier>          50 free failures, then 15 s doubling to 1 min;
 *                                        skipped from a network the identifier signed in from
 *                                        in the last 30 days (row known:<form>:<identifier>:<network>)
 *
 * An attempt is *reserved* (counted, and the wait for the next one set) before the password is
 * checked, in one UPDATE ... WHERE not waiting: PostgreSQL re-checks the WHERE on the newest row
 * version, so parallel attempts serialise on the row, never lose a count, and a burst cannot slip
 * more than the free allowance past the check. A reserved attempt that turns out right is given
 * back. An attempt refused because a key is waiting is not counted.
 */

export type ThrottleKeys = { pair: string; network: string; account: string; known: string };

type Counted = { scope: SlowdownScope; key: string; waitUntil: Date | null };

export type SignInReservation =
  | { ok: true; keys: ThrottleKeys; counted: Counted[] }
  | { ok: false; retryAfterMs: number; scope: SlowdownScope };

type Row = { failures: number; blockedUntil: Date | null };

export function throttleKeys(options: { provider: "wallet" | "staff" | "wallet-code" | "password-reset"; identifier: string; ip: string }): ThrottleKeys {
  const who = `${options.provider}:${options.identifier}`;
  const network = networkOf(options.ip);
  return { pair: `pair:${who}:${network}`, network: `network:${network}`, account: `account:${who}`, known: `known:${who}:${network}` };
}

/** The wait after this many failures, as SQL (the count is only known inside the statement). */
function waitUntilSql(failures: string, rule: SlowdownRule) {
  // delayAfterFailures() in SQL: NULL below the free allowance, else base * 2^(n - free), capped.
  return `CASE WHEN ${failures} < ${rule.free} THEN NULL
    ELSE $2::timestamp(3) + LEAST(${rule.baseDelayMs}::float8 * power(2, LEAST(${failures} - ${rule.free}, 30)), ${rule.maxDelayMs}) * interval '1 millisecond' END`;
}

/** Counts one attempt on a key unless it is waiting; returns the refusal's remaining wait otherwise. */
async function reserveKey(key: string, rule: SlowdownRule, now: Date): Promise<{ ok: true; waitUntil: Date | null } | { ok: false; retryAfterMs: number }> {
  const forgetBefore = new Date(now.getTime() - rule.forgetAfterMs);
  const next = `(CASE WHEN "updatedAt" <= $3::timestamp(3) THEN 1 ELSE "failures" + 1 END)`;
  for (let round = 0; round < 5; round++) {
    const counted = await db.$queryRawUnsafe<Row[]>(
      `UPDATE "SignInThrottle" SET
         "windowStart" = CASE WHEN "updatedAt" <= $3::timestamp(3) THEN $2::timestamp(3) ELSE "windowStart" END,
         "blockedUntil" = ${waitUntilSql(next, rule)},
         "failures" = ${next},
         "updatedAt" = $2::timestamp(3)
       WHERE "key" = $1 AND ("blockedUntil" IS NULL OR "blockedUntil" <= $2::timestamp(3))
       RETURNING "failures", "blockedUntil"`,
      key,
      now,
      forgetBefore,
    );
    if (counted[0]) return { ok: true, waitUntil: counted[0].blockedUntil };
    const inserted = await db.$queryRawUnsafe<Row[]>(
      `INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "blockedUntil", "updatedAt")
       VALUES ($1, 1, $2::timestamp(3), ${waitUntilSql("1", rule)}, $2::timestamp(3))
       ON CONFLICT ("key") DO NOTHING
       RETURNING "failures", "blockedUntil"`,
      key,
      now,
    );
    if (inserted[0]) return { ok: true, waitUntil: inserted[0].blockedUntil };
    const [waiting] = await db.$queryRaw<Row[]>`SELECT "failures", "blockedUntil" FROM "SignInThrottle" WHERE "key" = ${key}`;
    if (waiting?.blockedUntil && waiting.blockedUntil > now) return { ok: false, retryAfterMs: waiting.blockedUntil.getTime() - now.getTime() };
    // The row appeared or its wait ended between the statements: count again.
  }
  throw new Error(`SignInThrottle: could not count an attempt on ${key}`);
}

/**
 * Gives back one counted attempt. Its reservation set the wait for the count it made; the wait
 * goes back to the one for the count before it, from now (none below the free allowance).
 */
async function releaseKey(key: string, rule: SlowdownRule, now: Date): Promise<void> {
  const previous = `GREATEST("failures" - 1, 0)`;
  await db.$executeRawUnsafe(
    `UPDATE "SignInThrottle" SET
       "blockedUntil" = LEAST("blockedUntil", ${waitUntilSql(previous, rule)}),
       "failures" = ${previous},
       "updatedAt" = $2::timestamp(3)
     WHERE "key" = $1`,
    key,
    now,
  );
}

function remainingMs(until: Date | null, now: Date): number {
  return until ? Math.max(until.getTime() - now.getTime(), 0) : 0;
}

/**
 * Call before checking a password or code. `ok: false` means refuse without checking it: one of
 * the keys is waiting (for `retryAfterMs`). The account ceiling is skipped from a known network.
 */
export async function reserveSignInAttempt(options: { keys: ThrottleKeys; now: Date }): Promise<SignInReservation> {
  const { keys, now } = options;
  const knownSince = new Date(now.getTime() - KNOWN_NETWORK_MS);
  const [known] = await db.$queryRaw<{ found: number }[]>`
    SELECT 1 AS "found" FROM "SignInThrottle" WHERE "key" = ${keys.known} AND "updatedAt" > ${knownSince}`;
  const scopes: SlowdownScope[] = known ? ["pair", "network"] : ["pair", "network", "account"];
  const counted: Counted[] = [];
  for (const scope of scopes) {
    const key = keys[scope];
    const result = await reserveKey(key, SIGN_IN_SLOWDOWN[scope], now);
    if (!result.ok) {
      await Promise.all(counted.map((done) => releaseKey(done.key, SIGN_IN_SLOWDOWN[done.scope], now)));
      return { ok: false, retryAfterMs: result.retryAfterMs, scope };
    }
    counted.push({ scope, key, waitUntil: result.waitUntil });
  }
  return { ok: true, keys, counted };
}

/**
 * The reserved attempt was a wrong password or code: it stays counted. Returns how long the
 * next attempt must wait (0: at once) and which counters make it wait, for the answer and the audit.
 */
export function recordSignInFailure(options: { reservation: Extract<SignInReservation, { ok: true }>; now: Date }): { retryAfterMs: number; slowedBy: SlowdownScope[] } {
  const { reservation, now } = options;
  const waiting = reservation.counted.filter((item) => remainingMs(item.waitUntil, now) > 0);
  return { retryAfterMs: Math.max(0, ...waiting.map((item) => remainingMs(item.waitUntil, now))), slowedBy: waiting.map((item) => item.scope) };
}

/**
 * The password was right: this identifier's counter on this network is cleared, the network and
 * the account ceiling get their attempt back, and the network becomes known for 30 days.
 */
export async function recordSignInSuccess(options: { reservation: Extract<SignInReservation, { ok: true }>; now: Date }): Promise<void> {
  const { reservation, now } = options;
  const { keys } = reservation;
  await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${keys.pair}`;
  await Promise.all(
    reservation.counted.filter((item) => item.scope !== "pair").map((item) => releaseKey(item.key, SIGN_IN_SLOWDOWN[item.scope], now)),
  );
  await db.$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "blockedUntil", "updatedAt")
    VALUES (${keys.known}, 0, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET "updatedAt" = ${now}`;
}

/** The attempt was not a guess after all (e.g. a disabled account with the right password). */
export async function releaseSignInAttempt(options: { reservation: Extract<SignInReservation, { ok: true }>; now: Date }): Promise<void> {
  const { reservation, now } = options;
  await Promise.all(reservation.counted.map((item) => releaseKey(item.key, SIGN_IN_SLOWDOWN[item.scope], now)));
}

/** Drops counters that have forgotten their failures and stopped waiting, and known networks after 30 days. */
export async function pruneSignInThrottle(options: { now: Date }): Promise<number> {
  const longest = Math.max(...Object.values(SIGN_IN_SLOWDOWN).map((rule) => rule.forgetAfterMs));
  const cutoff = new Date(options.now.getTime() - longest);
  const knownCutoff = new Date(options.now.getTime() - KNOWN_NETWORK_MS);
  return db.$executeRaw`
    DELETE FROM "SignInThrottle"
    WHERE ("key" LIKE 'known:%' AND "updatedAt" < ${knownCutoff})
       OR ("key" NOT LIKE 'known:%' AND "updatedAt" < ${cutoff} AND ("blockedUntil" IS NULL OR "blockedUntil" < ${options.now}))`;
}
