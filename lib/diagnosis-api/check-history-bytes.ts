import type { ValidationError } from "@/lib/diagnosis/check-history-consistency";
import { parseAccountHistory } from "@/lib/diagnosis/parse-account-history";
import { readHistoryJson } from "@/lib/diagnosis/read-history-json";
import type { ParsedAccountHistory } from "@/lib/diagnosis/schema";
import type { HistoryLimits } from "./diagnose-request-limits";

export type HistoryProblem =
  | { ok: false; problem: "invalid_json"; message: string; errors: ValidationError[]; moreErrors: 0 }
  | { ok: false; problem: "invalid_input"; message: string; errors: ValidationError[]; moreErrors: number }
  | { ok: false; problem: "too_large"; message: string; errors: ValidationError[]; moreErrors: 0 };

export type CheckedHistory = { ok: true; history: ParsedAccountHistory } | HistoryProblem;

const ARRAYS = [
  ["entries", "maxEntries"],
  ["logins", "maxLogins"],
  ["securityEvents", "maxSecurityEvents"],
] as const;

/**
 * Bytes in, a valid history or one problem out: the read-limit-validate pipeline shared by
 * POST /api/diagnose (in a worker thread) and `npm run diagnose`. The cheap checks run first
 * (array sizes are counted before any element is looked at); the answer lists at most
 * `maxErrors` problems, in reading order, and counts the rest.
 */
export function checkHistoryBytes(bytes: Uint8Array, limits: HistoryLimits): CheckedHistory {
  if (bytes.byteLength > limits.maxBytes) return tooLarge("(root)", `is ${bytes.byteLength} bytes, more than the ${limits.maxBytes} accepted`);
  const read = readHistoryJson(new TextDecoder().decode(bytes));
  if (!read.ok && read.problem === "empty") return { ok: false, problem: "invalid_input", message: `(root): ${read.reason}`, errors: [read.error], moreErrors: 0 };
  if (!read.ok) return { ok: false, problem: "invalid_json", message: `The body is not valid JSON: ${read.reason}`, errors: [read.error], moreErrors: 0 };

  const value = read.value as Record<string, unknown> | null;
  for (const [field, limit] of ARRAYS) {
    const list = typeof value === "object" && value !== null ? value[field] : undefined;
    if (Array.isArray(list) && list.length > limits[limit]) {
      return tooLarge(field, `has ${list.length} items, more than the ${limits[limit]} accepted`);
    }
  }

  const parsed = parseAccountHistory(value, { maxErrors: limits.maxErrors });
  if (parsed.ok) return parsed;
  const errors = parsed.errors;
  const moreErrors = parsed.errorCount - errors.length;
  const first = errors[0]!;
  const more = parsed.errorCount > 1 ? ` (and ${parsed.errorCount - 1} more problem${parsed.errorCount > 2 ? "s" : ""})` : "";
  return { ok: false, problem: "invalid_input", message: `${first.path}: ${first.message}${more}`, errors, moreErrors };
}

function tooLarge(path: string, message: string): HistoryProblem {
  return { ok: false, problem: "too_large", message: `${path}: ${message}`, errors: [{ path, message }], moreErrors: 0 };
}
