import { buildBalanceTimeline, type BalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { checkHistoryBytes, type HistoryProblem } from "./check-history-bytes";
import type { HistoryLimits } from "./diagnose-request-limits";

export type DiagnosisOutcome =
  | { ok: true; accountId: string; entryCount: number; output: Diagnosis | BalanceTimeline }
  | HistoryProblem;

/** Check the bytes, then run the engine: everything CPU-heavy about one request, in one call. */
export function diagnoseHistoryBytes(bytes: Uint8Array, limits: HistoryLimits, { timeline = false } = {}): DiagnosisOutcome {
  const checked = checkHistoryBytes(bytes, limits);
  if (!checked.ok) return checked;
  const { history } = checked;
  const output = timeline ? buildBalanceTimeline(history) : diagnoseAccount(history);
  return { ok: true, accountId: history.account.id, entryCount: history.entries.length, output };
}
