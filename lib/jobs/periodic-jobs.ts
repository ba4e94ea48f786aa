import "server-only";
import { pruneOneTimeCodes } from "@/lib/auth/prune-one-time-codes";
import { pruneSignInThrottle } from "@/lib/auth/throttle-sign-in";
import { pruneIdempotencyKeys } from "@/lib/http/prune-idempotency-keys";
import { pruneRateLimits } from "@/lib/http/rate-limit";
import { markSlaBreaches } from "@/lib/tickets/mark-sla-breaches";
import { pruneStaleViewers } from "@/lib/tickets/prune-stale-viewers";
import { pruneWizardSessions } from "@/lib/wizard/prune-wizard-sessions";

/** One unit of periodic work: returns how many rows it touched (logged, and kept in JobRun). */
export type PeriodicJob = { name: string; everyMs: number; run: (now: Date) => Promise<number> };

const MINUTE = 60_000;

/*
 * Every periodic task of the portal, in one list. Adding one is one line here; the runner
 * (run-due-jobs.ts) runs each when due, in one instance at a time, under a PostgreSQL advisory lock.
 */
export const PERIODIC_JOBS: readonly PeriodicJob[] = [
  { name: "prune-rate-limits", everyMs: 10 * MINUTE, run: () => pruneRateLimits({ olderThanMs: 60 * MINUTE }) },
  { name: "prune-sign-in-throttle", everyMs: 10 * MINUTE, run: (now) => pruneSignInThrottle({ now }) },
  { name: "prune-idempotency-keys", everyMs: 60 * MINUTE, run: () => pruneIdempotencyKeys() },
  { name: "prune-wizard-sessions", everyMs: 60 * MINUTE, run: () => pruneWizardSessions() },
  { name: "prune-one-time-codes", everyMs: 60 * MINUTE, run: async (now) => {
    const pruned = await pruneOneTimeCodes({ now });
    return pruned.codes + pruned.outbox;
  } },
  { name: "prune-stale-viewers", everyMs: MINUTE, run: (now) => pruneStaleViewers({ now }) },
  { name: "mark-sla-breaches", everyMs: MINUTE, run: (now) => markSlaBreaches({ now }) },
];
