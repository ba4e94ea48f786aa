/** Set by scripts/portal-server.ts: this process is a portal instance and runs the periodic jobs. */
export const JOB_RUNNER_ENV = "PORTAL_RUN_JOBS";
