import type { AppError } from "@/lib/errors/app-error";

/** One problem with one field, e.g. `{ path: "entries[3].amountMinor", message: "must not be 0…" }`. */
export type FieldError = { path: string; message: string };

/**
 * The one error shape of every JSON API (docs/api.md): a stable code for programs, one sentence
 * for people, and per-field problems where there are any. Extra fields (limits, retry times)
 * sit beside them.
 */
export type ApiErrorBody = { error: string; message: string; errors?: FieldError[] } & Record<string, unknown>;

/** Every answer of our APIs is private to its caller and current: never cached. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...NO_STORE, ...init.headers } });
}

export function apiError(
  status: number,
  error: string,
  message: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string> } & Record<string, unknown> = {},
): Response {
  const { headers, ...rest } = extra;
  return jsonResponse({ error, message, ...rest } satisfies ApiErrorBody, { status, headers });
}

const APP_ERROR_CODES: Record<AppError["code"], string> = {
  BAD_REQUEST: "invalid_input",
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not_found",
  CONFLICT: "conflict",
  TOO_LARGE: "too_large",
};

/** A known failure thrown by a lib/ function, as its HTTP answer. */
export function appErrorResponse(error: AppError): Response {
  const message = error.message === error.code ? defaultMessage(error.code) : error.message;
  return apiError(error.httpStatus, error.reason ?? APP_ERROR_CODES[error.code], message, error.field ? { errors: [{ path: error.field, message }] } : {});
}

function defaultMessage(code: AppError["code"]): string {
  switch (code) {
    case "BAD_REQUEST":
      return "The request is not valid.";
    case "UNAUTHENTICATED":
      return "Sign in first.";
    case "FORBIDDEN":
      return "Your account may not do this.";
    case "NOT_FOUND":
      return "Not found.";
    case "CONFLICT":
      return "Someone changed this at the same time: reload and try again.";
    case "TOO_LARGE":
      return "The request is too large.";
  }
}

/** How long a client should wait before trying again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** 503 while PostgreSQL cannot be reached (docs/decisions/030-database-outage.md). */
export function serviceUnavailable(): Response {
  return apiError(503, "service_unavailable", `The portal cannot reach its database right now; nothing was saved. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`, {
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
  });
}
