import { chooseActions } from "./choose-actions";
import type { Diagnosis, UnauthorizedDebit } from "./diagnosis-types";
import { explainCause } from "./explain-cause";
import { groupOpenLots } from "./group-open-lots";
import { OPENING_BALANCE_INDEX, replayLedger, type LedgerReplay } from "./replay-ledger";
import type { AccountHistory } from "./schema";

/**
 * Why is this account's balance negative, and what should its owner do? Pure and deterministic;
 * expects a history that passed parseAccountHistory (or was built from trusted rows). A caller
 * that already replayed this history (the balance timeline does) passes that replay in.
 */
export function diagnoseAccount(history: AccountHistory, replay: LedgerReplay = replayLedger(history)): Diagnosis {
  const { entries } = history;
  const isNegative = replay.balanceMinor < 0;
  const groups = groupOpenLots(replay.openLots);
  const isUrgent = replay.hasUnauthorizedDebit || groups.some((group) => group.cause === "HACK");

  const causes = groups.map((group) => ({
    cause: group.cause,
    amountMinor: group.amountMinor,
    entryIds: group.lots
      .filter((lot) => lot.entryIndex !== OPENING_BALANCE_INDEX)
      .map((lot) => entries[lot.entryIndex]!.id),
    explanation: explainCause({
      cause: group.cause,
      amountMinor: group.amountMinor,
      lots: group.lots,
      entries,
      timesMs: replay.timesMs,
      currency: history.account.currency,
      openingBalanceMinor: history.account.openingBalanceMinor ?? 0,
    }),
  }));

  let unauthorizedTotalMinor = 0;
  const unauthorizedDebits = replay.unauthorizedPostedIndexes.map((index): UnauthorizedDebit => {
    const entry = entries[index]!;
    unauthorizedTotalMinor -= entry.amountMinor;
    return {
      entryId: entry.id,
      amountMinor: -entry.amountMinor,
      occurredAt: new Date(replay.timesMs[index]!).toISOString(),
      counterparty: entry.counterparty ?? null,
    };
  });

  const actions = chooseActions({
    isNegative,
    isUrgent,
    causes: groups.map((group) => ({
      cause: group.cause,
      entryTypes: group.lots.map((lot) => (lot.entryIndex === OPENING_BALANCE_INDEX ? null : entries[lot.entryIndex]!.type)),
    })),
  });

  return {
    accountId: history.account.id,
    asOf: new Date(replay.asOfMs).toISOString(),
    balanceMinor: replay.balanceMinor,
    isNegative,
    wentNegativeAt: replay.wentNegativeAtMs === null ? null : new Date(replay.wentNegativeAtMs).toISOString(),
    primaryCause: groups[0]?.cause ?? null,
    causes,
    amountToRestoreMinor: Math.max(0, -replay.balanceMinor),
    urgent: isUrgent,
    unauthorizedDebits,
    unauthorizedTotalMinor,
    actions,
  };
}
