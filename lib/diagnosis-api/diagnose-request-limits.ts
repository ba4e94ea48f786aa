/**
 * What one history may hold, per caller. The API's numbers bound the memory and CPU a single
 * request can take (docs/decisions/009-diagnose-api-limits.md); the command line reads local
 * files and only keeps the byte limit (what one JavaScript string can hold).
 */
export type HistoryLimits = {
  /** Bytes of JSON, counted while reading: a chunked body stops right here. */
  maxBytes: number;
  maxEntries: number;
  maxLogins: number;
  maxSecurityEvents: number;
  /** Problems listed in an answer; the rest are counted (`moreErrors`), not listed. */
  maxErrors: number;
};

export const API_LIMITS: HistoryLimits = {
  // ~300 bytes per entry in pretty JSON leaves room for logins and security events.
  maxBytes: 40 * 1024 * 1024,
  maxEntries: 100_000,
  maxLogins: 100_000,
  maxSecurityEvents: 10_000,
  maxErrors: 100,
};

export const CLI_LIMITS: HistoryLimits = {
  maxBytes: 512 * 1024 * 1024,
  maxEntries: Number.POSITIVE_INFINITY,
  maxLogins: Number.POSITIVE_INFINITY,
  maxSecurityEvents: Number.POSITIVE_INFINITY,
  maxErrors: 100,
};

/** A job not answered this long after its worker took it: the worker is stopped and the request answered 413. */
export const DIAGNOSE_TIME_BUDGET_MS = 10_000;
/** How long a new worker may take to start (load its code) before its first job counts as failed. */
export const WORKER_START_MS = 30_000;
/** What a worker says when it takes a job: the time budget starts then. */
export const JOB_STARTED = "job-started";
