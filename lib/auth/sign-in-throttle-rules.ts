import { isIPv6 } from "node:net";

/*
 * How failed sign-ins slow further attempts (docs/decisions/028-sign-in-throttling-and-session-lifetime.md).
 * Pure: no clock, no database. lib/auth/throttle-sign-in.ts applies these rules in PostgreSQL.
 *
 * Nothing here is a lock. After `free` failures a key makes the next attempt wait, and every
 * further failure doubles the wait, up to `maxDelayMs`. A key forgets its failures after
 * `forgetAfterMs` without a counted attempt.
 */

export type SlowdownRule = { free: number; baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const SIGN_IN_SLOWDOWN = {
  /** One identifier (phone / email, with or without an account) from one network: the guesser. */
  pair: { free: 5, baseDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: HOUR },
  /** One network across every identifier and form (offices and carrier NAT share one). */
  network: { free: 20, baseDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE, forgetAfterMs: HOUR },
  /**
   * One identifier from every network: the ceiling on distributed guessing. High, and a slowdown
   * of at most a minute, so that strangers cannot shut the owner out; networks the owner has
   * signed in from recently are not counted against it at all.
   */
  account: { free: 50, baseDelayMs: 15 * SECOND, maxDelayMs: MINUTE, forgetAfterMs: 24 * HOUR },
} as const satisfies Record<string, SlowdownRule>;

export type SlowdownScope = keyof typeof SIGN_IN_SLOWDOWN;

/** A network the identifier signed in from successfully this recently skips the account ceiling. */
export const KNOWN_NETWORK_MS = 30 * 24 * HOUR;

/**
 * How long the next attempt must wait after the `failures`-th failure in a row: nothing below
 * the free allowance, then the base delay doubling per failure, capped.
 */
export function delayAfterFailures(failures: number, rule: SlowdownRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.baseDelayMs * 2 ** Math.min(failures - rule.free, 30), rule.maxDelayMs);
}

/** A wait in whole seconds, at least one, for "try again in N s". */
export function waitSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * The network a client address belongs to: an IPv4 address as it is, an IPv6 address by its
 * /64 prefix (one subscriber usually holds a whole /64, so counting single addresses would
 * give them 2^64 fresh counters).
 */
export function networkOf(ip: string): string {
  if (!isIPv6(ip)) return ip;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const groups = [...left, ...Array<string>(Math.max(8 - left.length - right.length, 0)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
