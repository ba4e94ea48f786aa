import { afterAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
const { db } = await import("@/lib/db");
const { runDueJobs } = await import("@/lib/jobs/run-due-jobs");
const { markSlaBreaches } = await import("@/lib/tickets/mark-sla-breaches");

const run = Date.now().toString(36);

afterAll(async () => {
  await db.ticket.deleteMany({ where: { subject: { endsWith: run } } });
  await db.jobRun.deleteMany({ where: { name: { startsWith: `test-${run}` } } });
});

describe("periodic jobs", () => {
  it("runs a due job in one instance only, however many ask at once, and not again before its period", async () => {
    let calls = 0;
    const job = { name: `test-${run}-count`, everyMs: 60_000, run: async () => { calls++; await new Promise((r) => setTimeout(r, 200)); return 1; } };
    const now = new Date("2026-11-30T02:00:00Z");
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => runDueJobs({ jobs: [job], now })));
    expect(calls).toBe(1);
    // The others either found the lock taken (null) or, arriving later, the job not yet due ([]).
    expect(outcomes.filter((o) => o !== null && o.length > 0)).toHaveLength(1);
    expect(await runDueJobs({ jobs: [job], now: new Date(now.getTime() + 30_000) })).toEqual([]);
    expect(await runDueJobs({ jobs: [job], now: new Date(now.getTime() + 61_000) })).toEqual([{ name: job.name, rows: 1 }]);
    expect(calls).toBe(2);
  });

  it("keeps going when one job fails, and records the failure", async () => {
    const failing = { name: `test-${run}-fail`, everyMs: 1, run: () => Promise.reject(new Error("disk on fire")) };
    const fine = { name: `test-${run}-fine`, everyMs: 1, run: () => Promise.resolve(3) };
    expect(await runDueJobs({ jobs: [failing, fine] })).toEqual([{ name: failing.name, error: "disk on fire" }, { name: fine.name, rows: 3 }]);
    expect((await db.jobRun.findUniqueOrThrow({ where: { name: failing.name } })).lastError).toBe("disk on fire");
  });
});

describe("the SLA job", () => {
  it("gives due times to tickets created without them and marks breaches, never paused ones", async () => {
    const opened = new Date("2026-11-30T00:00:00Z");
    const late = await db.ticket.create({ data: { subject: `late ${run}`, priority: "URGENT", createdAt: opened } });
    const waiting = await db.ticket.create({ data: { subject: `waiting ${run}`, status: "WAITING_ON_CUSTOMER", slaPausedAt: opened, createdAt: opened } });
    await markSlaBreaches({ now: new Date("2026-11-30T00:45:00Z") });
    const after = await db.ticket.findUniqueOrThrow({ where: { id: late.id } });
    expect(after.firstResponseDueAt).toEqual(new Date("2026-11-30T00:30:00Z"));
    expect(after.resolutionDueAt).toEqual(new Date("2026-11-30T04:00:00Z"));
    expect(after.slaBreachedAt).toEqual(new Date("2026-11-30T00:45:00Z"));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: waiting.id } })).slaBreachedAt).toBeNull();
  });
});
