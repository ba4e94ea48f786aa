import type { Cause, EntryType } from "./entry-types";

/**
 * Rule 2: the cause of a debit (an entry with amountMinor < 0). Positional arguments because this
 * runs once per debit on the hot path.
 */
export function classifyDebit(type: EntryType, isUnauthorized: boolean): Cause {
  switch (type) {
    case "REFUND_REVERSAL":
    case "TRANSFER_RECALL":
    case "RISK_HOLD":
      return "REFUND";
    case "PROMO_CLAWBACK":
      return "PROMO";
    case "PAYMENT":
    case "TRANSFER_OUT":
    case "WITHDRAWAL":
      return isUnauthorized ? "HACK" : "OVERDRAFT";
    case "FEE":
      return "OVERDRAFT";
    default:
      // Negative ADJUSTMENT, and credit types that validation would have rejected as debits.
      return "OTHER";
  }
}
