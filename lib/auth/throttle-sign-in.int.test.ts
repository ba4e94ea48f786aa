import { afterAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const throttle = await import("@/lib/auth/throttle-sign-in");

const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const MINUTE = 60_000;

afterAll(async () => {
  await db.signInThrottle.deleteMany({ where: { key: { contains: run } } });
  await db.$disconnect();
});

const row = (key: string) => db.signInThrottle.findUnique({ where: { key } });

describe("SignInThrottle counters", () => {
  it("counts every one of many concurrent attempts on a shared IP (no lost updates)", async () => {
    const ip = `ip-${run}-race`;
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        throttle.reserveSignInAttempt({ keys: throttle.throttleKeys({ provider: "wallet", identifier: `${run}-race-${i}`, ip }), now }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await row(`ip:${ip}`)).toMatchObject({ failures: 15, blockedUntil: null });
  });

  it("starts a fresh window once the old one has passed", async () => {
    const keys = throttle.throttleKeys({ provider: "staff", identifier: `${run}-window@test.example`, ip: `ip-${run}-window` });
    const t0 = new Date();
    for (let i = 0; i < 4; i++) {
      await throttle.reserveSignInAttempt({ keys, now: t0 });
      await throttle.recordSignInFailure({ keys, now: t0 });
    }
    const later = new Date(t0.getTime() + 15 * MINUTE + 1);
    expect(await throttle.reserveSignInAttempt({ keys, now: later })).toEqual({ ok: true, keys });
    expect(await row(keys.account)).toMatchObject({ failures: 1, windowStart: later });
  });

  it("refuses while blocked without counting, and unblocks when the block ends", async () => {
    const keys = throttle.throttleKeys({ provider: "wallet", identifier: `${run}-block`, ip: `ip-${run}-block` });
    const t0 = new Date();
    let last = { blockedForMs: 0 };
    for (let i = 0; i < throttle.SIGN_IN_THROTTLE.account.limit; i++) {
      await throttle.reserveSignInAttempt({ keys, now: t0 });
      last = await throttle.recordSignInFailure({ keys, now: t0 });
    }
    expect(last.blockedForMs).toBe(15 * MINUTE);
    const during = new Date(t0.getTime() + 14 * MINUTE);
    expect(await throttle.reserveSignInAttempt({ keys, now: during })).toEqual({ ok: false, retryAfterMs: MINUTE });
    expect(await row(keys.account)).toMatchObject({ failures: 5 });
    expect(await row(keys.ip)).toMatchObject({ failures: 5 });
    const after = new Date(t0.getTime() + 15 * MINUTE);
    expect(await throttle.reserveSignInAttempt({ keys, now: after })).toEqual({ ok: true, keys });
    expect(await row(keys.account)).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it("prunes counters nobody touched for longer than a window plus a block", async () => {
    const keys = throttle.throttleKeys({ provider: "wallet", identifier: `${run}-old`, ip: `ip-${run}-old` });
    // Two days ago, so pruning "now" in this test's clock leaves other tests' fresh rows alone.
    const t0 = new Date(Date.now() - 2 * 24 * 60 * MINUTE);
    await throttle.reserveSignInAttempt({ keys, now: t0 });
    await throttle.pruneSignInThrottle({ now: new Date(t0.getTime() + 29 * MINUTE) });
    expect(await row(keys.account)).not.toBeNull();
    await throttle.pruneSignInThrottle({ now: new Date(t0.getTime() + 31 * MINUTE) });
    expect(await row(keys.account)).toBeNull();
    expect(await row(keys.ip)).toBeNull();
  });
});
