import type { Action, Cause, EntryType } from "./entry-types";

export type ChooseActionsOptions = {
  isNegative: boolean;
  isUrgent: boolean;
  /** The diagnosis' causes in output order (largest first), with the types of their open entries. */
  causes: readonly { cause: Cause; entryTypes: readonly (EntryType | null)[] }[];
};

function actionForEntry(cause: Cause, type: EntryType | null): Action | null {
  switch (cause) {
    case "REFUND":
      // Only the merchant can explain a reversed refund; recalls and risk holds are the wallet's.
      return type === "REFUND_REVERSAL" ? "CONTACT_MERCHANT" : "CONTACT_SUPPORT";
    case "PROMO":
      return "REVIEW_PROMO_TERMS";
    case "OVERDRAFT":
      return "PLAN_SPENDING";
    case "OTHER":
      return "CONTACT_SUPPORT";
    case "HACK":
      // Covered by SECURE_ACCOUNT and REPORT_UNAUTHORIZED, which every HACK diagnosis starts with.
      return null;
  }
}

/**
 * Most important first: securing a compromised account, then clearing the deficit (unless all of
 * it is unauthorized debits), then one step per cause in the order of the causes (largest first;
 * within a cause, oldest entry first). Each action appears once.
 */
export function chooseActions({ isNegative, isUrgent, causes }: ChooseActionsOptions): Action[] {
  const actions = new Set<Action>();
  if (isUrgent) {
    actions.add("SECURE_ACCOUNT");
    actions.add("REPORT_UNAUTHORIZED");
  }
  // Version 3: a deficit made only of unauthorized debits is investigated before anyone is
  // asked to pay it; any other open cause is the owner's to clear.
  if (isNegative && causes.some(({ cause }) => cause !== "HACK")) actions.add("TOP_UP");
  for (const { cause, entryTypes } of causes) {
    for (const type of entryTypes) {
      const action = actionForEntry(cause, type);
      if (action) actions.add(action);
    }
  }
  return [...actions];
}
