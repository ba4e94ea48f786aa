import type { Cause, EntryStatus, EntryType } from "./entry-types";
import { replayLedger, type LedgerReplay } from "./replay-ledger";
import type { AccountHistory } from "./schema";

export type BalanceTimelinePoint = {
  entryId: string;
  type: EntryType;
  status: EntryStatus;
  occurredAt: string;
  amountMinor: number;
  /** POSTED entries count; PENDING ones are shown but leave the balance unchanged. */
  counted: boolean;
  balanceBeforeMinor: number;
  balanceAfterMinor: number;
  /** This entry took the balance from >= 0 to < 0 (every crossing, not only the last). */
  crossesBelowZero: boolean;
  /** This debit still has an open deficit lot: it is part of why the balance is negative now. */
  inOpenDeficit: boolean;
  /** How much of this entry's lot is still unpaid (0 when none). */
  openDeficitMinor: number;
  /** Rule 2's cause for debits (pending ones too); null for credits. */
  cause: Cause | null;
  unauthorized: boolean;
};

export type BalanceTimeline = {
  accountId: string;
  currency: string;
  asOf: string;
  openingBalanceMinor: number;
  closingBalanceMinor: number;
  /** Entries up to asOf in rule 1's order; later entries are left out like everywhere else. */
  points: BalanceTimelinePoint[];
};

/** The running balance entry by entry, from the same replay as the diagnosis (agent dashboard). */
export function buildBalanceTimeline(history: AccountHistory): BalanceTimeline {
  return replayWithTimeline(history).timeline;
}

/** The timeline and the replay it came from, so the diagnosis can reuse it (one pass for both). */
export function replayWithTimeline(history: AccountHistory): { timeline: BalanceTimeline; replay: LedgerReplay } {
  const points: BalanceTimelinePoint[] = [];
  const pointByEntryIndex = new Map<number, BalanceTimelinePoint>();
  const replay = replayLedger(history, (step) => {
    const entry = history.entries[step.entryIndex]!;
    const point: BalanceTimelinePoint = {
      entryId: entry.id,
      type: entry.type,
      status: entry.status,
      occurredAt: new Date(step.atMs).toISOString(),
      amountMinor: entry.amountMinor,
      counted: step.isCounted,
      balanceBeforeMinor: step.balanceBeforeMinor,
      balanceAfterMinor: step.balanceAfterMinor,
      crossesBelowZero: step.crossesBelowZero,
      inOpenDeficit: false,
      openDeficitMinor: 0,
      cause: step.cause,
      unauthorized: step.isUnauthorized,
    };
    points.push(point);
    pointByEntryIndex.set(step.entryIndex, point);
  });
  for (const lot of replay.openLots) {
    const point = pointByEntryIndex.get(lot.entryIndex);
    if (!point) continue; // the opening balance has no entry
    point.inOpenDeficit = true;
    point.openDeficitMinor = lot.amountMinor;
  }
  const timeline = {
    accountId: history.account.id,
    currency: history.account.currency,
    asOf: new Date(replay.asOfMs).toISOString(),
    openingBalanceMinor: history.account.openingBalanceMinor ?? 0,
    closingBalanceMinor: replay.balanceMinor,
    points,
  };
  return { timeline, replay };
}
