import { JOB_RUNNER_ENV } from "@/lib/jobs/job-runner-env";

/**
 * Next calls this once when a server process starts. The periodic jobs start only in a portal
 * instance (scripts/portal-server.ts sets JOB_RUNNER_ENV), never during `next build` or in a
 * bare `next start`; the advisory lock makes them run once across instances.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env[JOB_RUNNER_ENV] !== "1") return;
  const { startJobLoop } = await import("@/lib/jobs/start-job-loop");
  startJobLoop();
}
