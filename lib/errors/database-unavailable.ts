import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors/database-unavailable-digest";

/*
 * Whether an error means "PostgreSQL cannot be reached right now" (down, restarting, refusing
 * connections), as opposed to a bug or a bad query: the one test behind the API's 503 and the
 * outage page (docs/decisions/030-database-outage.md). It reads codes, never free text, except
 * for node-postgres's own connection messages, which carry no code.
 */

/** Prisma's codes for "could not talk to the database" (client, engine and pool). */
const PRISMA_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // database server reached but timed out
  "P1008", // operations timed out
  "P1017", // server has closed the connection
  "P2024", // timed out fetching a new connection from the pool
]);

/** Driver adapter error kinds (@prisma/adapter-pg) for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown,
 * 57P03 cannot_connect_now (starting up, shutting down, in recovery), 53300 too_many_connections.
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** Node's socket error codes for a server that is gone or not there. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

/** node-postgres (pg, pg-pool) connection failures, which it throws without a code. */
const PG_MESSAGES = [
  /^Connection terminated( unexpectedly| due to connection timeout)?$/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
];

type Inspectable = {
  name?: unknown;
  code?: unknown;
  errorCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
};

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const e = error as Inspectable;
  const code = typeof e.code === "string" ? e.code : typeof e.errorCode === "string" ? e.errorCode : undefined;
  if (code && (PRISMA_CODES.has(code) || SQLSTATE.test(code) || SOCKET_CODES.has(code))) return true;
  if (typeof e.message === "string" && PG_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  // A DriverAdapterError's cause is { kind, code? }; Prisma keeps it in meta.driverAdapterError.
  const cause = e.cause as { kind?: unknown; code?: unknown } | undefined;
  if (typeof cause?.kind === "string" && (ADAPTER_KINDS.has(cause.kind) || (cause.kind === "postgres" && typeof cause.code === "string" && SQLSTATE.test(cause.code)))) {
    return true;
  }
  const nested: unknown[] = [e.cause, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])];
  return nested.some((inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1));
}

/**
 * Marks such an error so that Next passes the mark to the error page: Next keeps an error's own
 * `digest` instead of hashing it, and the page shows the outage text for this one (app/_components/error-state.tsx).
 */
export function markDatabaseUnavailable(error: unknown): void {
  if (typeof error === "object" && error !== null && isDatabaseUnavailable(error)) {
    (error as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
  }
}
