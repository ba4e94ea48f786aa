import { classifyDebit } from "./classify-debit";
import { createUnauthorizedDebitCheck } from "./detect-unauthorized-debit";
import { HACKABLE_TYPES, type Cause } from "./entry-types";
import { orderEntries } from "./order-entries";
import { parseTimestampMs } from "./parse-timestamp-ms";
import { resolveAsOfMs } from "./resolve-as-of";
import type { AccountHistory } from "./schema";

/** Stands for the opening balance in a lot: it is owed, but no entry made it. */
export const OPENING_BALANCE_INDEX = -1;

export type DeficitLot = { entryIndex: number; cause: Cause; amountMinor: number };

export type ReplayStep = {
  entryIndex: number;
  atMs: number;
  isCounted: boolean;
  balanceBeforeMinor: number;
  balanceAfterMinor: number;
  crossesBelowZero: boolean;
  /** Rule 2's cause for debits (pending ones too), null for credits. */
  cause: Cause | null;
  isUnauthorized: boolean;
};

export type LedgerReplay = {
  asOfMs: number;
  /** occurredAt of every entry in history.entries, epoch ms, parsed once. */
  timesMs: Float64Array;
  balanceMinor: number;
  wentNegativeAtMs: number | null;
  /** Open deficit lots, oldest first; their amounts add up to max(0, -balanceMinor). */
  openLots: DeficitLot[];
  /** Some PAYMENT, TRANSFER_OUT or WITHDRAWAL up to asOf (posted or pending) is unauthorized. */
  hasUnauthorizedDebit: boolean;
  /** Indexes into history.entries of the POSTED unauthorized debits up to asOf, in rule 1's order. */
  unauthorizedPostedIndexes: number[];
};

/**
 * Rules 1-4 in one pass: order the entries, keep a running balance over the posted ones, classify
 * every debit, and track deficit lots first in, first out. `onStep` sees every ordered entry
 * (the balance timeline uses it); the diagnosis passes none.
 */
export function replayLedger(history: AccountHistory, onStep?: (step: ReplayStep) => void): LedgerReplay {
  const entries = history.entries;
  const timesMs = new Float64Array(entries.length);
  for (let i = 0; i < entries.length; i++) timesMs[i] = parseTimestampMs(entries[i]!.occurredAt);
  const asOfMs = resolveAsOfMs(history, timesMs);
  const order = orderEntries(timesMs, asOfMs);
  // Rule 3 asks whether a payee was on a POSTED entry before a device's first login. Replaying in
  // time order, the first time each counterparty was posted is known by the time any debit to it
  // is checked, so one map answers every debit in O(1).
  const firstPostedMsByCounterparty = new Map<string, number>();
  const isUnauthorizedDebit = createUnauthorizedDebitCheck(history.logins ?? [], firstPostedMsByCounterparty);

  // Lots as parallel arrays with a head index: repaying never shifts an array.
  const lotEntry: number[] = [];
  const lotCause: Cause[] = [];
  const lotAmount: number[] = [];
  let head = 0;
  let balance = history.account.openingBalanceMinor ?? 0;
  if (balance < 0) {
    lotEntry.push(OPENING_BALANCE_INDEX);
    lotCause.push("OTHER");
    lotAmount.push(-balance);
  }
  let wentNegativeAtMs: number | null = null;
  let hasUnauthorizedDebit = false;
  // Filled only by unauthorized debits, which are rare: the common entry allocates nothing.
  const unauthorizedPostedIndexes: number[] = [];

  const stepCount = order === null ? entries.length : order.length;
  for (let k = 0; k < stepCount; k++) {
    const index = order === null ? k : order[k]!;
    const atMs = timesMs[index]!;
    if (order === null && atMs > asOfMs) continue;
    const entry = entries[index]!;
    const amount = entry.amountMinor;
    const counterparty = entry.counterparty;
    const isCounted = entry.status === "POSTED";
    // One hash lookup per posted entry, a second the first time a counterparty is posted. A
    // PENDING entry is shown but never counted, so it does not make a payee known.
    if (isCounted && counterparty != null && !firstPostedMsByCounterparty.has(counterparty)) {
      firstPostedMsByCounterparty.set(counterparty, atMs);
    }
    let cause: Cause | null = null;
    let isUnauthorized = false;
    if (amount < 0) {
      if (HACKABLE_TYPES.has(entry.type)) {
        isUnauthorized = isUnauthorizedDebit(entry, atMs);
        if (isUnauthorized) {
          hasUnauthorizedDebit = true;
          if (isCounted) unauthorizedPostedIndexes.push(index);
        }
      }
      cause = classifyDebit(entry.type, isUnauthorized);
    }

    const before = balance;
    let crossesBelowZero = false;
    if (isCounted) {
      balance += amount;
      if (amount < 0) {
        if (balance < 0) {
          lotEntry.push(index);
          lotCause.push(cause!);
          lotAmount.push(Math.min(-amount, -balance));
          if (before >= 0) {
            crossesBelowZero = true;
            wentNegativeAtMs = atMs;
          }
        }
      } else if (head < lotAmount.length) {
        let credit = amount;
        while (credit > 0 && head < lotAmount.length) {
          const open = lotAmount[head]!;
          if (credit >= open) {
            credit -= open;
            head++;
          } else {
            lotAmount[head] = open - credit;
            credit = 0;
          }
        }
        if (head === lotAmount.length) {
          // Everything repaid: start over so the arrays do not grow with the whole history.
          lotEntry.length = lotCause.length = lotAmount.length = head = 0;
        }
      }
    }
    if (onStep) {
      onStep({
        entryIndex: index,
        atMs,
        isCounted,
        balanceBeforeMinor: before,
        balanceAfterMinor: balance,
        crossesBelowZero,
        cause,
        isUnauthorized,
      });
    }
  }

  const openLots: DeficitLot[] = [];
  for (let i = head; i < lotAmount.length; i++) {
    openLots.push({ entryIndex: lotEntry[i]!, cause: lotCause[i]!, amountMinor: lotAmount[i]! });
  }
  return {
    asOfMs,
    timesMs,
    balanceMinor: balance,
    wentNegativeAtMs: balance < 0 ? wentNegativeAtMs : null,
    openLots,
    hasUnauthorizedDebit,
    unauthorizedPostedIndexes,
  };
}
