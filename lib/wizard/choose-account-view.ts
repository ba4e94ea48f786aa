import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import { resultForCause, type WizardResultId } from "./wizard-results";

/**
 * Who is reading "check my account" and the signed-in home:
 * - `victim`: someone else may have moved money (urgent, or any unauthorized debit), whatever the balance;
 * - `deficit`: the balance is below zero for the owner's own reasons;
 * - `healthy`: the balance is zero or more and nothing looks unauthorized.
 */
export type AccountViewKind = "victim" | "deficit" | "healthy";

/**
 * The negative-balance countdown (reminder, further restrictions): `running` while part of the
 * deficit is the owner's to clear, `paused` while the whole deficit is unauthorized debits that
 * support investigates first, `none` when the balance is not negative.
 */
export type CountdownState = "running" | "paused" | "none";

export type AccountView = {
  kind: AccountViewKind;
  /** The engine advises a top-up (`TOP_UP` in its actions): only then is the user asked for money. */
  asksTopUp: boolean;
  countdown: CountdownState;
  /** The wizard result "see what to do" leads to; null when there is nothing to do. */
  result: WizardResultId | null;
};

type ViewInput = Pick<Diagnosis, "isNegative" | "primaryCause" | "urgent" | "unauthorizedDebits" | "actions">;

/**
 * What a diagnosis shows its owner. The engine's own answers decide (urgent, its list of
 * unauthorized debits, TOP_UP in its actions); nothing here re-reads the ledger.
 */
export function chooseAccountView(diagnosis: ViewInput): AccountView {
  const asksTopUp = diagnosis.isNegative && diagnosis.actions.includes("TOP_UP");
  const countdown: CountdownState = !diagnosis.isNegative ? "none" : asksTopUp ? "running" : "paused";
  if (diagnosis.urgent || diagnosis.unauthorizedDebits.length > 0) return { kind: "victim", asksTopUp, countdown, result: "hack" };
  if (diagnosis.isNegative) return { kind: "deficit", asksTopUp, countdown, result: resultForCause(diagnosis.primaryCause) };
  return { kind: "healthy", asksTopUp: false, countdown: "none", result: null };
}
