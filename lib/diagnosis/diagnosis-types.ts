import type { Action, Cause } from "./entry-types";

export type Explanation = { en: string; "zh-CN": string };

export type DiagnosisCause = {
  cause: Cause;
  amountMinor: number;
  entryIds: string[];
  explanation: Explanation;
};

/** The engine's answer (shared/diagnosis-contract.md, "Output: Diagnosis"). */
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
  actions: Action[];
};
