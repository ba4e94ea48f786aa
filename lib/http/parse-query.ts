import type { z } from "zod";
import type { FieldError } from "./api-error";

export type ParsedQuery<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

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
  return { ok: false, errors: result.error.issues.map((issue) => ({ path: issue.path.join(".") || "(query)", message: issue.message })) };
}
