// The vocabulary of the diagnosis contract (shared/diagnosis-contract.md), written once.

export const ENTRY_TYPES = [
  "TOP_UP",
  "PAYMENT",
  "REFUND",
  "REFUND_REVERSAL",
  "TRANSFER_IN",
  "TRANSFER_OUT",
  "TRANSFER_RECALL",
  "WITHDRAWAL",
  "FEE",
  "PROMO_CREDIT",
  "PROMO_CLAWBACK",
  "RISK_HOLD",
  "RISK_RELEASE",
  "ADJUSTMENT",
] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export type SignRule = "credit" | "debit" | "either";

/** The contract's type table: which sign each entry type's amountMinor must have. */
export const SIGN_RULES: Readonly<Record<EntryType, SignRule>> = {
  TOP_UP: "credit",
  PAYMENT: "debit",
  REFUND: "credit",
  REFUND_REVERSAL: "debit",
  TRANSFER_IN: "credit",
  TRANSFER_OUT: "debit",
  TRANSFER_RECALL: "debit",
  WITHDRAWAL: "debit",
  FEE: "debit",
  PROMO_CREDIT: "credit",
  PROMO_CLAWBACK: "debit",
  RISK_HOLD: "debit",
  RISK_RELEASE: "credit",
  ADJUSTMENT: "either",
};

/** Debit types that can be unauthorized (rule 3) and therefore HACK (rule 2). */
export const HACKABLE_TYPES: ReadonlySet<string> = new Set<EntryType>(["PAYMENT", "TRANSFER_OUT", "WITHDRAWAL"]);

export const ENTRY_STATUSES = ["POSTED", "PENDING"] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const SECURITY_EVENT_TYPES = [
  "PASSWORD_CHANGED",
  "TWO_FACTOR_DISABLED",
  "PHONE_CHANGED",
  "NEW_PAYEE_ADDED",
] as const;
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number];

export const CAUSES = ["REFUND", "PROMO", "HACK", "OVERDRAFT", "OTHER"] as const;
export type Cause = (typeof CAUSES)[number];

export const ACTIONS = [
  "SECURE_ACCOUNT",
  "REPORT_UNAUTHORIZED",
  "TOP_UP",
  "CONTACT_MERCHANT",
  "REVIEW_PROMO_TERMS",
  "PLAN_SPENDING",
  "CONTACT_SUPPORT",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Largest |amountMinor| (and |openingBalanceMinor|) accepted: 10^12 minor units, i.e. 10 billion
 * yuan. Far above any wallet, far below 2^53, so sums stay exact integers.
 */
export const MAX_ABS_AMOUNT_MINOR = 1_000_000_000_000;
