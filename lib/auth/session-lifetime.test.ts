import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, authTimeAt, capSetCookie, isSessionCurrent, sessionEndsAtMs } from "@/lib/auth/session-lifetime";

const signIn = Date.UTC(2026, 11, 7, 1, 0, 0);
const token = { authTime: authTimeAt(signIn) };
const HOUR = 3_600_000;

describe("a session's hard end", () => {
  it("is 8 hours after sign-in, whatever the clock says in between", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(8 * 3600);
    expect(isSessionCurrent(token, signIn)).toBe(true);
    expect(isSessionCurrent(token, signIn + 8 * HOUR - 1000)).toBe(true);
    expect(isSessionCurrent(token, signIn + 8 * HOUR)).toBe(false);
    expect(isSessionCurrent(token, signIn + 30 * 24 * HOUR)).toBe(false);
    expect(sessionEndsAtMs(token)).toBe(signIn + 8 * HOUR);
  });

  it("refuses tokens without a believable sign-in time", () => {
    expect(isSessionCurrent({}, signIn)).toBe(false);
    expect(isSessionCurrent(null, signIn)).toBe(false);
    expect(isSessionCurrent({ authTime: "1765069200" }, signIn)).toBe(false);
    expect(isSessionCurrent({ authTime: Number.NaN }, signIn)).toBe(false);
    // From the future: more than a few minutes of clock skew between instances is not ours.
    expect(isSessionCurrent({ authTime: authTimeAt(signIn + 4 * 60_000) }, signIn)).toBe(true);
    expect(isSessionCurrent({ authTime: authTimeAt(signIn + 6 * 60_000) }, signIn)).toBe(false);
    expect(sessionEndsAtMs({})).toBeNull();
  });
});

describe("capSetCookie", () => {
  const end = signIn + 8 * HOUR;
  const now = signIn + 7 * HOUR;
  const reissued = `next-auth.session-token=abc; Path=/; Expires=${new Date(now + 8 * HOUR).toUTCString()}; HttpOnly; SameSite=Lax`;

  it("brings a re-issued cookie's end back to the session's end", () => {
    const capped = capSetCookie(reissued, end, now);
    expect(capped).toBe(`next-auth.session-token=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600; Expires=${new Date(end).toUTCString()}`);
  });

  it("leaves cookies that already end sooner alone, cleared ones included", () => {
    const sooner = `next-auth.session-token=abc; Path=/; Expires=${new Date(end - 1000).toUTCString()}; HttpOnly`;
    expect(capSetCookie(sooner, end, now)).toBe(sooner);
    const cleared = "next-auth.session-token=; Path=/; Max-Age=0; HttpOnly";
    expect(capSetCookie(cleared, end, now)).toBe(cleared);
    const longAge = "next-auth.session-token=abc; Path=/; Max-Age=28800";
    expect(capSetCookie(longAge, end, now)).toBe(`next-auth.session-token=abc; Path=/; Max-Age=3600; Expires=${new Date(end).toUTCString()}`);
  });
});
