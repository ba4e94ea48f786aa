import type { Action, Cause } from "./entry-types";

export type Explanation = { en: string; "zh-CN": string };

export type DiagnosisCause = {
  cause: Cause;
  amountMinor: number;
  entryIds: string[];
  explanation: Explanation;
};

/** One debit rule 3 finds unauthorized (contract version 3): what the thief took, in full. */
export type UnauthorizedDebit = {
  entryId: string;
  /** Positive: the money that left the account. */
  amountMinor: number;
  occurredAt: string;
  counterparty: string | null;
};

/** The engine's answer (shared/diagnosis-contract.md version 3, "Output: Diagnosis"); keys in the contract's order. */
export type Diagnosis = {
  accountId: string;
  asOf: string;
  balanceMinor: number;
  isNegative: boolean;
  wentNegativeAt: string | null;
  primaryCause: Cause | null;
  causes: DiagnosisCause[];
  amountToRestoreMinor: number;
  urgent: boolean;
  /**
   * Every POSTED unauthorized PAYMENT, TRANSFER_OUT or WITHDRAWAL up to asOf, in rule 1's order,
   * whether or not it lies in the current deficit and whatever the balance.
   */
  unauthorizedDebits: UnauthorizedDebit[];
  /** The sum of unauthorizedDebits' amounts (0 when there are none). */
  unauthorizedTotalMinor: number;
  actions: Action[];
};
