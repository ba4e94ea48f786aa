import { buildBalanceTimeline } from "./build-balance-timeline";
import type { ValidationError } from "./check-history-consistency";
import { diagnoseAccount } from "./diagnose-account";
import { parseAccountHistory } from "./parse-account-history";
import { readHistoryJson } from "./read-history-json";

export type DiagnoseHistoryTextResult = { ok: true; json: string } | { ok: false; errors: ValidationError[] };

/**
 * Text in, text out: what the command line does between reading a file and printing. JSON
 * problems are reported like field problems, at the path `(root)`.
 */
export function diagnoseHistoryText(text: string, { timeline = false }: { timeline?: boolean } = {}): DiagnoseHistoryTextResult {
  const read = readHistoryJson(text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const parsed = parseAccountHistory(read.value);
  if (!parsed.ok) return parsed;
  const output = timeline ? buildBalanceTimeline(parsed.history) : diagnoseAccount(parsed.history);
  return { ok: true, json: `${JSON.stringify(output, null, 2)}\n` };
}
