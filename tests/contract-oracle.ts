// A deliberately plain reading of rules 1-5 of shared/diagnosis-contract.md (version 3, with its
// unauthorized debits and TOP_UP rule), written apart from the engine (lib/diagnosis) and without
// its shortcuts: no single pass, no indexes, every question asked of the whole list again.
// lib/diagnosis/contract-oracle.property.test.ts holds the engine to it on generated histories;
// the seed's tests use it on the demo world. Where the contract is silent it follows
// docs/diagnosis-engine.md: a pending unauthorized debit is urgent, and a negative opening balance
// is the oldest lot, cause OTHER, with no entry.
import type { Cause, EntryType } from "@/lib/diagnosis/entry-types";

export type OracleEntry = {
  id: string; type: EntryType; amountMinor: number; occurredAt: Date; status: "POSTED" | "PENDING";
  counterparty?: string | null; deviceId?: string | null; userDisputed?: boolean;
};
export type OracleLogin = { at: Date; deviceId?: string | null; succeeded?: boolean };

export type OracleOptions = {
  /** Count failed logins when finding a device's first login (the contract does not say). */
  includeFailedLogins?: boolean;
};

export type OracleDiagnosis = {
  balanceMinor: number;
  wentNegativeAt: Date | null;
  primaryCause: Cause | null;
  causes: { cause: Cause; amountMinor: number; entryIds: string[] }[];
  urgent: boolean;
  /** Posted and pending, in rule 1's order. */
  unauthorizedEntryIds: string[];
  /** Version 3: the POSTED ones only, in full, in rule 1's order. */
  unauthorizedDebits: { entryId: string; amountMinor: number; occurredAt: Date; counterparty: string | null }[];
  unauthorizedTotalMinor: number;
  /** Version 3: TOP_UP is among the actions. */
  advisesTopUp: boolean;
};

const HACKABLE = new Set(["PAYMENT", "TRANSFER_OUT", "WITHDRAWAL"]);
const HOURS_72 = 72 * 3_600_000;

/** `entries` in file order (the seed's insertion order, i.e. seq). */
export function diagnoseForTest(
  openingBalanceMinor: number,
  entries: readonly OracleEntry[],
  logins: readonly OracleLogin[],
  asOf: Date,
  options: OracleOptions = {},
): OracleDiagnosis {
  const counted = logins.filter((l) => options.includeFailedLogins || l.succeeded !== false);
  const firstLoginOf = (deviceId: string) => Math.min(...counted.filter((l) => l.deviceId === deviceId).map((l) => l.at.getTime()));
  // Rule 1: up to asOf, by time, ties in file order.
  const inTime = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.occurredAt <= asOf)
    .sort((a, b) => a.e.occurredAt.getTime() - b.e.occurredAt.getTime() || a.i - b.i)
    .map(({ e }) => e);

  // Rule 3, the amended wording: the payee is on no POSTED entry dated before the device's first login.
  const isUnauthorized = (e: OracleEntry): boolean => {
    if (!HACKABLE.has(e.type)) return false;
    if (e.userDisputed) return true;
    if (!e.deviceId) return false;
    const first = firstLoginOf(e.deviceId);
    const at = e.occurredAt.getTime();
    if (!(first <= at && at - first <= HOURS_72)) return false;
    if (!counted.some((l) => l.deviceId !== e.deviceId && l.at.getTime() < first)) return false;
    if (!e.counterparty) return true;
    return !inTime.some((x) => x.status === "POSTED" && x.counterparty === e.counterparty && x.occurredAt.getTime() < first);
  };

  const causeOf = (e: OracleEntry): Cause => {
    if (e.type === "REFUND_REVERSAL" || e.type === "TRANSFER_RECALL" || e.type === "RISK_HOLD") return "REFUND";
    if (e.type === "PROMO_CLAWBACK") return "PROMO";
    if (e.type === "ADJUSTMENT") return "OTHER";
    return isUnauthorized(e) ? "HACK" : "OVERDRAFT";
  };

  // Rule 4: FIFO lots over the POSTED entries.
  let balance = openingBalanceMinor;
  const lots: { cause: Cause; entryId: string | null; amount: number }[] = [];
  if (balance < 0) lots.push({ cause: "OTHER", entryId: null, amount: -balance });
  let wentNegativeAt: Date | null = null;
  for (const e of inTime.filter((x) => x.status === "POSTED")) {
    const before = balance;
    balance += e.amountMinor;
    if (e.amountMinor < 0 && balance < 0) {
      lots.push({ cause: causeOf(e), entryId: e.id, amount: Math.min(-e.amountMinor, -balance) });
      if (before >= 0) wentNegativeAt = e.occurredAt;
    } else if (e.amountMinor > 0) {
      let credit = e.amountMinor;
      while (credit > 0 && lots.length > 0) {
        const oldest = lots[0]!;
        const repaid = Math.min(credit, oldest.amount);
        oldest.amount -= repaid;
        credit -= repaid;
        if (oldest.amount === 0) lots.shift();
      }
    }
  }

  // Rule 5: group by cause, largest first, a tie to the cause of the oldest lot.
  const byCause = new Map<Cause, { cause: Cause; amountMinor: number; entryIds: string[]; oldest: number }>();
  lots.forEach((lot, order) => {
    const group = byCause.get(lot.cause) ?? { cause: lot.cause, amountMinor: 0, entryIds: [], oldest: order };
    group.amountMinor += lot.amount;
    if (lot.entryId !== null) group.entryIds.push(lot.entryId);
    byCause.set(lot.cause, group);
  });
  const causes = balance >= 0 ? [] : [...byCause.values()].sort((a, b) => b.amountMinor - a.amountMinor || a.oldest - b.oldest);
  const unauthorizedEntryIds = inTime.filter(isUnauthorized).map((e) => e.id);
  // Version 3: every POSTED unauthorized debit up to asOf, whether or not it is in the deficit.
  const unauthorizedDebits = inTime
    .filter((e) => e.status === "POSTED" && isUnauthorized(e))
    .map((e) => ({ entryId: e.id, amountMinor: Math.abs(e.amountMinor), occurredAt: e.occurredAt, counterparty: e.counterparty ?? null }));
  let unauthorizedTotalMinor = 0;
  for (const debit of unauthorizedDebits) unauthorizedTotalMinor += debit.amountMinor;
  return {
    balanceMinor: balance,
    wentNegativeAt: balance < 0 ? wentNegativeAt : null,
    primaryCause: causes[0]?.cause ?? null,
    causes: causes.map(({ cause, amountMinor, entryIds }) => ({ cause, amountMinor, entryIds })),
    urgent: causes.some((c) => c.cause === "HACK") || unauthorizedEntryIds.length > 0,
    unauthorizedEntryIds,
    unauthorizedDebits,
    unauthorizedTotalMinor,
    advisesTopUp: balance < 0 && lots.some((lot) => lot.cause !== "HACK"),
  };
}
