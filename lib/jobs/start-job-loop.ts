import "server-only";
import { runDueJobs } from "./run-due-jobs";

/** How often each instance asks whether a job is due (each job has its own period). */
export const JOB_TICK_MS = 30_000;

/**
 * Started once per portal process (instrumentation.ts, when scripts/portal-server.ts says so).
 * Every instance ticks; the advisory lock in runDueJobs lets one at a time work. The timer is
 * unref'd so it never keeps a stopping process alive.
 */
export function startJobLoop(): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs();
    } catch (error) {
      // A database outage: try again next tick; nothing here is lost by waiting.
      console.error(`periodic jobs could not run: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), JOB_TICK_MS);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
