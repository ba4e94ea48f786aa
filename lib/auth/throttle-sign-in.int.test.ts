import { afterAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const throttle = await import("@/lib/auth/throttle-sign-in");
const { SIGN_IN_SLOWDOWN, delayAfterFailures } = await import("@/lib/auth/sign-in-throttle-rules");

const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const MINUTE = 60_000;

afterAll(async () => {
  await db.signInThrottle.deleteMany({ where: { key: { contains: run } } });
  await db.$disconnect();
});

const row = (key: string) => db.signInThrottle.findUnique({ where: { key } });

/** One wrong password at `now`: reserved, then recorded as a failure. */
async function fail(keys: ReturnType<typeof throttle.throttleKeys>, now: Date) {
  const reservation = await throttle.reserveSignInAttempt({ keys, now });
  if (!reservation.ok) return reservation;
  return { ok: true as const, ...throttle.recordSignInFailure({ reservation, now }) };
}

describe("SignInThrottle counters", () => {
  it("counts every one of many concurrent attempts on a shared network (no lost updates)", async () => {
    const ip = `ip-${run}-race`;
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        throttle.reserveSignInAttempt({ keys: throttle.throttleKeys({ provider: "wallet", identifier: `${run}-race-${i}`, ip }), now }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await row(`network:${ip}`)).toMatchObject({ failures: 15, blockedUntil: null });
  });

  it("makes each further failure wait as the rule says, and the waits grow (the SQL agrees with delayAfterFailures)", async () => {
    const keys = throttle.throttleKeys({ provider: "staff", identifier: `${run}-grow@test.example`, ip: `ip-${run}-grow` });
    let now = new Date();
    const waits: number[] = [];
    for (let failures = 1; failures <= 11; failures++) {
      const result = await fail(keys, now);
      expect(result).toMatchObject({ ok: true });
      const wait = result.ok ? result.retryAfterMs : -1;
      expect(wait).toBe(delayAfterFailures(failures, SIGN_IN_SLOWDOWN.pair));
      waits.push(wait);
      now = new Date(now.getTime() + wait);
    }
    expect(waits.slice(4)).toEqual([0.5, 1, 2, 4, 8, 15, 15].map((minutes) => minutes * MINUTE));
  });

  it("refuses while waiting without counting, and counts again once the wait is over", async () => {
    const keys = throttle.throttleKeys({ provider: "wallet", identifier: `${run}-wait`, ip: `ip-${run}-wait` });
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await fail(keys, t0);
    const during = new Date(t0.getTime() + 20_000);
    expect(await throttle.reserveSignInAttempt({ keys, now: during })).toEqual({ ok: false, retryAfterMs: 10_000, scope: "pair" });
    expect(await row(keys.pair)).toMatchObject({ failures: 5 });
    // The refused attempt gave back what it had counted on the keys before the waiting one (none here).
    expect(await row(keys.network)).toMatchObject({ failures: 5 });
    const after = new Date(t0.getTime() + 30_000);
    expect(await fail(keys, after)).toMatchObject({ ok: true, retryAfterMs: MINUTE, slowedBy: ["pair"] });
    expect(await row(keys.pair)).toMatchObject({ failures: 6 });
  });

  it("forgets a key's failures after an hour without one", async () => {
    const keys = throttle.throttleKeys({ provider: "wallet", identifier: `${run}-forget`, ip: `ip-${run}-forget` });
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await fail(keys, t0);
    const later = new Date(t0.getTime() + 60 * MINUTE + 1);
    expect(await fail(keys, later)).toMatchObject({ ok: true, retryAfterMs: 0 });
    expect(await row(keys.pair)).toMatchObject({ failures: 1, windowStart: later, blockedUntil: null });
  });

  it("prunes counters that have forgotten everything, and known networks after 30 days", async () => {
    const keys = throttle.throttleKeys({ provider: "wallet", identifier: `${run}-old`, ip: `ip-${run}-old` });
    // Sixty days ago, so pruning "now" in this test's clock leaves other tests' fresh rows alone.
    const t0 = new Date(Date.now() - 60 * 24 * 60 * MINUTE);
    const reservation = await throttle.reserveSignInAttempt({ keys, now: t0 });
    if (!reservation.ok) throw new Error("refused");
    await throttle.recordSignInSuccess({ reservation, now: t0 });
    await throttle.reserveSignInAttempt({ keys, now: t0 });
    await throttle.pruneSignInThrottle({ now: new Date(t0.getTime() + 23 * 60 * MINUTE) });
    expect(await row(keys.account)).not.toBeNull();
    await throttle.pruneSignInThrottle({ now: new Date(t0.getTime() + 25 * 60 * MINUTE) });
    expect(await row(keys.pair)).toBeNull();
    expect(await row(keys.account)).toBeNull();
    expect(await row(keys.known)).not.toBeNull();
    await throttle.pruneSignInThrottle({ now: new Date(t0.getTime() + 31 * 24 * 60 * MINUTE) });
    expect(await row(keys.known)).toBeNull();
  });
});
