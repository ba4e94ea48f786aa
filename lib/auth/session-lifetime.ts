/*
 * A session lasts 8 hours from sign-in, however often it is used (decision 028). next-auth
 * re-issues the JWT and its cookie for another `maxAge` on every GET /api/auth/session, so the
 * token carries its sign-in time (`authTime`, seconds) and every reader of a session applies this
 * rule: pages and route handlers (lib/authz.ts), proxy.ts, and the session route, which also caps
 * the re-issued cookie at the same end. Pure: the caller passes the clock.
 */

/** One staff shift; more than a wallet user needs. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Instances' clocks may disagree a little; a sign-in time further ahead than this is not ours. */
const CLOCK_SKEW_SECONDS = 5 * 60;

/** The sign-in time of a token, if it carries a believable one. */
function authTimeOf(token: { authTime?: unknown } | null | undefined): number | null {
  const authTime = token?.authTime;
  return typeof authTime === "number" && Number.isFinite(authTime) ? authTime : null;
}

/** When a session ends (ms since the epoch), or null for a token without a sign-in time. */
export function sessionEndsAtMs(token: { authTime?: unknown } | null | undefined): number | null {
  const authTime = authTimeOf(token);
  return authTime === null ? null : (authTime + SESSION_MAX_AGE_SECONDS) * 1000;
}

/**
 * Whether a token is inside its 8 hours at `nowMs`. A token without `authTime` (issued before
 * this rule) is not: its owner signs in once more.
 */
export function isSessionCurrent(token: { authTime?: unknown } | null | undefined, nowMs: number): boolean {
  const authTime = authTimeOf(token);
  if (authTime === null || authTime * 1000 > nowMs + CLOCK_SKEW_SECONDS * 1000) return false;
  return nowMs < (authTime + SESSION_MAX_AGE_SECONDS) * 1000;
}

/** The sign-in time to store in a new token. */
export function authTimeAt(nowMs: number): number {
  return Math.floor(nowMs / 1000);
}

/**
 * One Set-Cookie line of the session cookie, made to end no later than the session: next-auth
 * gives every re-issued cookie a fresh 8 hours. A cookie that already ends sooner (a cleared
 * one included) is left as it is.
 */
export function capSetCookie(line: string, endsAtMs: number, nowMs: number): string {
  const expires = /;\s*expires=([^;]*)/i.exec(line);
  const maxAge = /;\s*max-age=(-?\d+)/i.exec(line);
  const givenEnd = maxAge ? nowMs + Number(maxAge[1]) * 1000 : expires ? Date.parse(expires[1]!.trim()) : Number.POSITIVE_INFINITY;
  if (givenEnd <= endsAtMs) return line;
  const remaining = Math.max(Math.floor((endsAtMs - nowMs) / 1000), 0);
  const bare = line.replace(/;\s*expires=[^;]*/i, "").replace(/;\s*max-age=[^;]*/i, "");
  return `${bare}; Max-Age=${remaining}; Expires=${new Date(endsAtMs).toUTCString()}`;
}
