import "server-only";
import { db } from "@/lib/db";
import { PERIODIC_JOBS, type PeriodicJob } from "./periodic-jobs";

/** Any fixed 64-bit number shared by every instance: the key of the one advisory lock. */
export const JOBS_LOCK_KEY = 7_310_002_026n;

export type JobOutcome = { name: string; rows?: number; error?: string };

/**
 * Runs the jobs that are due, in this instance only if no other instance is running them right
 * now: a transaction-scoped advisory lock (pg_try_advisory_xact_lock) is the "once across
 * instances", and the JobRun table (lastStartedAt per job) is what makes "due" shared, so two
 * instances ticking at different moments still run each job once per period. Returns null
 * when another instance holds the lock. A failing job is logged and does not stop the others.
 */
export async function runDueJobs({ jobs = PERIODIC_JOBS, now }: { jobs?: readonly PeriodicJob[]; now?: Date } = {}): Promise<JobOutcome[] | null> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${JOBS_LOCK_KEY}) AS locked`;
      if (!lock?.locked) return null;
      const clock = now ?? (await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS now`)[0]!.now;
      const runs = await tx.jobRun.findMany({ where: { name: { in: jobs.map((job) => job.name) } } });
      const lastStarted = new Map(runs.map((run) => [run.name, run.lastStartedAt.getTime()]));
      const outcomes: JobOutcome[] = [];
      for (const job of jobs) {
        const last = lastStarted.get(job.name);
        if (last !== undefined && clock.getTime() - last < job.everyMs) continue;
        outcomes.push(await runOne(job, clock));
        await tx.jobRun.upsert({
          where: { name: job.name },
          create: { name: job.name, lastStartedAt: clock, lastRows: outcomes.at(-1)!.rows ?? null, lastError: outcomes.at(-1)!.error ?? null },
          update: { lastStartedAt: clock, lastRows: outcomes.at(-1)!.rows ?? null, lastError: outcomes.at(-1)!.error ?? null },
        });
      }
      return outcomes;
    },
    // The lock lives as long as this transaction: long enough for every job, and no longer.
    { timeout: 5 * 60_000, maxWait: 10_000 },
  );
}

async function runOne(job: PeriodicJob, now: Date): Promise<JobOutcome> {
  try {
    return { name: job.name, rows: await job.run(now) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`periodic job ${job.name} failed: ${message}`);
    return { name: job.name, error: message.slice(0, 500) };
  }
}
