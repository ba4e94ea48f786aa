import type { ValidationError } from "./check-history-consistency";

export type ReadHistoryJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: "empty" | "invalid_json"; reason: string; error: ValidationError };

/**
 * The text step shared by the command line and the API: a UTF-8 byte-order mark is accepted,
 * an empty or non-JSON text is a problem at `(root)`, reported like a field problem.
 */
export function readHistoryJson(text: string): ReadHistoryJsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    const reason = "is empty (expected an AccountHistory JSON object)";
    return { ok: false, problem: "empty", reason, error: { path: "(root)", message: reason } };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: "invalid_json", reason, error: { path: "(root)", message: `is not valid JSON (${reason})` } };
  }
}
