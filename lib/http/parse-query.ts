import type { z } from "zod";
import type { FieldError } from "./api-error";

/**
 * Problems a page explains in its reader's language (the API answers the schema's English
 * message): zod issues carry one of these as `params.code`.
 */
export const QUERY_ISSUE = { dateOutOfRange: "date.outOfRange", foreignCursor: "cursor.foreign" } as const;
export type QueryIssueCode = (typeof QUERY_ISSUE)[keyof typeof QUERY_ISSUE];
export type QueryError = FieldError & { code?: QueryIssueCode };

export type ParsedQuery<T> = { ok: true; value: T } | { ok: false; errors: QueryError[] };

/**
 * Validates URL query parameters (a route's searchParams or a page's) with one zod schema:
 * the same field messages for the page and the API. Repeated keys become arrays.
 */
export function parseQuery<T>(params: URLSearchParams | Record<string, string | string[] | undefined>, schema: z.ZodType<T>): ParsedQuery<T> {
  const raw: Record<string, string | string[]> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x] as const)));
  for (const [key, value] of entries) {
    if (value === "") continue;
    const previous = raw[key];
    raw[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => ({ path: issue.path.join(".") || "(query)", message: issue.message, ...issueCode(issue) })) };
}

function issueCode(issue: z.core.$ZodIssue): { code?: QueryIssueCode } {
  const code = issue.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return (Object.values(QUERY_ISSUE) as unknown[]).includes(code) ? { code: code as QueryIssueCode } : {};
}
