// A deliberately plain reading of rules 1-5 of shared/diagnosis-contract.md, used only by the
// seed's tests to prove each demo story ends in the diagnosis it claims. The product's engine
// lives in lib/diagnosis; the lead's integration test runs that engine over the same accounts.
import type { Cause } from "@/lib/diagnosis/entry-types";
import type { EntryRow, LoginRow } from "./factories";

export type OracleOptions = {
  /** Count failed logins when finding a device's first login (the contract does not say). */
  includeFailedLogins?: boolean;
  /** Let PENDING entries count as "earlier entries" for the never-seen-payee test. */
  pendingCountsAsSeen?: boolean;
};

export type OracleDiagnosis = {
  balanceMinor: number;
  primaryCause: Cause | null;
  causes: { cause: Cause; amountMinor: number; entryIds: string[] }[];
  urgent: boolean;
  unauthorizedEntryIds: string[];
};

const HACKABLE = new Set(["PAYMENT", "TRANSFER_OUT", "WITHDRAWAL"]);
const HOURS_72 = 72 * 3_600_000;

/** `entries` in file order (the seed's insertion order, i.e. seq). */
export function diagnoseForTest(
  openingBalanceMinor: number,
  entries: readonly EntryRow[],
  logins: readonly LoginRow[],
  asOf: Date,
  options: OracleOptions = {},
): OracleDiagnosis {
  const counted = logins.filter((l) => l.at <= asOf && (options.includeFailedLogins || l.succeeded !== false));
  const firstLogin = new Map<string, number>();
  for (const l of counted) {
    if (!l.deviceId) continue;
    firstLogin.set(l.deviceId, Math.min(firstLogin.get(l.deviceId) ?? Infinity, l.at.getTime()));
  }
  const inTime = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.occurredAt <= asOf)
    .sort((a, b) => a.e.occurredAt.getTime() - b.e.occurredAt.getTime() || a.i - b.i)
    .map(({ e }) => e);

  const isUnauthorized = (e: EntryRow, index: number): boolean => {
    if (!HACKABLE.has(e.type)) return false;
    if (e.userDisputed) return true;
    if (!e.deviceId) return false;
    const first = firstLogin.get(e.deviceId);
    const at = e.occurredAt.getTime();
    if (first === undefined || at < first || at - first > HOURS_72) return false;
    if (!counted.some((l) => l.deviceId !== e.deviceId && l.at.getTime() < first)) return false;
    if (!e.counterparty) return true;
    const earlier = inTime.slice(0, index).filter((x) => options.pendingCountsAsSeen || x.status === "POSTED");
    return !earlier.some((x) => x.counterparty === e.counterparty);
  };

  const causeOf = (e: EntryRow, unauthorized: boolean): Cause => {
    if (e.type === "REFUND_REVERSAL" || e.type === "TRANSFER_RECALL" || e.type === "RISK_HOLD") return "REFUND";
    if (e.type === "PROMO_CLAWBACK") return "PROMO";
    if (e.type === "ADJUSTMENT") return "OTHER";
    return unauthorized ? "HACK" : "OVERDRAFT";
  };

  let balance = openingBalanceMinor;
  const lots: { cause: Cause; entryId: string; amount: number }[] = [];
  const unauthorizedEntryIds: string[] = [];
  inTime.forEach((e, index) => {
    if (e.status !== "POSTED") return;
    const unauthorized = isUnauthorized(e, index);
    if (unauthorized) unauthorizedEntryIds.push(e.id);
    const amount = e.amountMinor;
    balance += amount;
    if (amount < 0 && balance < 0) {
      lots.push({ cause: causeOf(e, unauthorized), entryId: e.id, amount: Math.min(-amount, -balance) });
    } else if (amount > 0) {
      let credit = amount;
      while (credit > 0 && lots.length > 0) {
        const oldest = lots[0] as (typeof lots)[number];
        const repaid = Math.min(credit, oldest.amount);
        oldest.amount -= repaid;
        credit -= repaid;
        if (oldest.amount === 0) lots.shift();
      }
    }
  });

  const byCause = new Map<Cause, { cause: Cause; amountMinor: number; entryIds: string[]; oldest: number }>();
  lots.forEach((lot, order) => {
    const group = byCause.get(lot.cause) ?? { cause: lot.cause, amountMinor: 0, entryIds: [], oldest: order };
    group.amountMinor += lot.amount;
    group.entryIds.push(lot.entryId);
    byCause.set(lot.cause, group);
  });
  const causes = balance >= 0 ? [] : [...byCause.values()].sort((a, b) => b.amountMinor - a.amountMinor || a.oldest - b.oldest);
  return {
    balanceMinor: balance,
    primaryCause: causes[0]?.cause ?? null,
    causes: causes.map(({ cause, amountMinor, entryIds }) => ({ cause, amountMinor, entryIds })),
    urgent: causes.some((c) => c.cause === "HACK") || unauthorizedEntryIds.length > 0,
    unauthorizedEntryIds,
  };
}
