/** The adjustment form's fields, as typed: they come back whenever nothing was requested. */
export type AdjustmentValues = { amount: string; reason: string; ticket: string };

/** Which sentence to show next to a field (the words live in messages/<locale>/agent.json). */
export type AdjustmentFieldProblem = "amountInvalid" | "reasonRequired" | "ticketRequired" | "ticketNotAboutAccount";

/** What the adjustment form shows after a submit that requested nothing (success redirects). */
export type AdjustmentFormState = {
  values: AdjustmentValues;
  errors: Partial<Record<keyof AdjustmentValues, AdjustmentFieldProblem>>;
  /**
   * The key was used for other details (a form re-sent after editing), its first use is still
   * running, or the form's hidden fields are missing (a page from before a change).
   */
  problem?: "keyReused" | "inFlight" | "outdated";
};
