import { afterAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { consumeRateLimit, pruneRateLimits } = await import("@/lib/http/rate-limit");

const run = Date.now().toString(36);
afterAll(() => db.$disconnect());

describe("consumeRateLimit", () => {
  it("lets `limit` requests through per window, then says how long to wait", async () => {
    const key = `test:${run}:a`;
    const rule = { limit: 3, windowMs: 60_000 };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit({ key, rule }));
    expect(results.slice(0, 3)).toEqual([{ ok: true, remaining: 2 }, { ok: true, remaining: 1 }, { ok: true, remaining: 0 }]);
    expect(results[3]).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect((results[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(55);
    expect((results[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("counts concurrent requests from several instances exactly (no lost updates)", async () => {
    const key = `test:${run}:b`;
    const rule = { limit: 10, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimit({ key, rule })));
    expect(results.filter((result) => result.ok)).toHaveLength(10);
  });

  it("starts a fresh window once the old one has passed, on the database's clock", async () => {
    const key = `test:${run}:c`;
    const rule = { limit: 1, windowMs: 60_000 };
    expect(await consumeRateLimit({ key, rule })).toMatchObject({ ok: true });
    expect(await consumeRateLimit({ key, rule })).toMatchObject({ ok: false });
    await db.$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '61 seconds' WHERE "key" = ${key}`;
    expect(await consumeRateLimit({ key, rule })).toEqual({ ok: true, remaining: 0 });
  });

  it("prunes counters nobody has used for a while", async () => {
    const key = `test:${run}:d`;
    await consumeRateLimit({ key, rule: { limit: 1, windowMs: 1000 } });
    await db.$executeRaw`UPDATE "RateLimit" SET "updatedAt" = now() - interval '2 hours' WHERE "key" = ${key}`;
    expect(await pruneRateLimits({ olderThanMs: 3_600_000 })).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimit.count({ where: { key } })).toBe(0);
  });
});
