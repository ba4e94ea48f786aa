import type { Cause } from "./entry-types";
import type { DeficitLot } from "./replay-ledger";

export type CauseGroup = { cause: Cause; amountMinor: number; lots: DeficitLot[] };

/**
 * Rule 5: one group per cause, lots kept oldest first. Largest amount first; on a tie the cause
 * holding the older lot comes first, so groups[0] is always the primary cause.
 */
export function groupOpenLots(openLots: readonly DeficitLot[]): CauseGroup[] {
  const groups = new Map<Cause, CauseGroup>();
  for (const lot of openLots) {
    const group = groups.get(lot.cause);
    if (group) {
      group.amountMinor += lot.amountMinor;
      group.lots.push(lot);
    } else {
      groups.set(lot.cause, { cause: lot.cause, amountMinor: lot.amountMinor, lots: [lot] });
    }
  }
  // Map iteration follows insertion, i.e. each cause's oldest lot, and Array#sort is stable.
  return [...groups.values()].sort((a, b) => b.amountMinor - a.amountMinor);
}
