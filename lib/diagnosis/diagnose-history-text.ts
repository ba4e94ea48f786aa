import { buildBalanceTimeline } from "./build-balance-timeline";
import type { ValidationError } from "./check-history-consistency";
import { diagnoseAccount } from "./diagnose-account";
import { parseAccountHistory } from "./parse-account-history";

export type DiagnoseHistoryTextResult = { ok: true; json: string } | { ok: false; errors: ValidationError[] };

/**
 * Text in, text out: what the command line does between reading a file and printing. JSON
 * problems are reported like field problems, at the path `input`.
 */
export function diagnoseHistoryText(text: string, { timeline = false }: { timeline?: boolean } = {}): DiagnoseHistoryTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    return { ok: false, errors: [{ path: "(root)", message: "is empty (expected an AccountHistory JSON object)" }] };
  }
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "(root)", message: `is not valid JSON (${reason})` }] };
  }
  const parsed = parseAccountHistory(input);
  if (!parsed.ok) return parsed;
  const output = timeline ? buildBalanceTimeline(parsed.history) : diagnoseAccount(parsed.history);
  return { ok: true, json: `${JSON.stringify(output, null, 2)}\n` };
}
