import { afterAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { withIdempotency } = await import("@/lib/http/idempotency");
const { pruneIdempotencyKeys } = await import("@/lib/http/prune-idempotency-keys");

const run = Date.now().toString(36);
afterAll(() => db.$disconnect());

/** A piece of work that counts how often it really ran, in the same transaction as its key. */
function counter() {
  let runs = 0;
  return {
    get runs() {
      return runs;
    },
    work: async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 150));
      return { status: 201, body: { number: runs } };
    },
  };
}

describe("withIdempotency", () => {
  it("does the work once and replays the stored answer for the same key and request", async () => {
    const c = counter();
    const options = { caller: `user:${run}`, operation: "test.create", key: `k1-${run}`, request: "same", ttlMs: 60_000, work: c.work };
    expect(await withIdempotency(options)).toEqual({ kind: "fresh", status: 201, body: { number: 1 } });
    expect(await withIdempotency(options)).toEqual({ kind: "replayed", status: 201, body: { number: 1 } });
    expect(c.runs).toBe(1);
  });

  it("runs concurrent requests with one key once: the others wait and replay", async () => {
    const c = counter();
    const options = { caller: `user:${run}`, operation: "test.create", key: `k2-${run}`, request: "same", ttlMs: 60_000, work: c.work };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => withIdempotency(options)));
    expect(c.runs).toBe(1);
    expect(outcomes.filter((o) => o.kind === "fresh")).toHaveLength(1);
    expect(outcomes.every((o) => "body" in o && o.body.number === 1)).toBe(true);
  });

  it("refuses the same key with a different request, and keeps keys apart per caller and operation", async () => {
    const c = counter();
    const base = { caller: `user:${run}`, operation: "test.create", key: `k3-${run}`, ttlMs: 60_000, work: c.work };
    await withIdempotency({ ...base, request: "first" });
    expect(await withIdempotency({ ...base, request: "second" })).toEqual({ kind: "mismatch" });
    expect((await withIdempotency({ ...base, request: "first", caller: `user:other-${run}` })).kind).toBe("fresh");
    expect((await withIdempotency({ ...base, request: "first", operation: "test.other" })).kind).toBe("fresh");
  });

  it("forgets a key whose work failed, so a retry does it", async () => {
    const base = { caller: `user:${run}`, operation: "test.create", key: `k4-${run}`, request: "same", ttlMs: 60_000 };
    await expect(withIdempotency({ ...base, work: () => Promise.reject(new Error("boom")) })).rejects.toThrow("boom");
    expect((await withIdempotency({ ...base, work: counter().work })).kind).toBe("fresh");
  });

  it("treats an expired key as new, and pruning removes expired keys", async () => {
    const c = counter();
    const options = { caller: `user:${run}`, operation: "test.create", key: `k5-${run}`, request: "same", ttlMs: 60_000, work: c.work };
    await withIdempotency(options);
    await db.$executeRaw`UPDATE "IdempotencyKey" SET "expiresAt" = now() - interval '1 second' WHERE "key" = ${options.key}`;
    expect((await withIdempotency(options)).kind).toBe("fresh");
    await db.$executeRaw`UPDATE "IdempotencyKey" SET "expiresAt" = now() - interval '1 second' WHERE "key" = ${options.key}`;
    expect(await pruneIdempotencyKeys()).toBeGreaterThanOrEqual(1);
    expect(await db.idempotencyKey.count({ where: { key: options.key } })).toBe(0);
  });
});
