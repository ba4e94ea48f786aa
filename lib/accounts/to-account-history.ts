import type { AccountHistory } from "@/lib/diagnosis/schema";
import { toMinorUnits } from "@/lib/money/to-minor-units";

type Nullable<T> = T | null | undefined;

export type AccountHistoryRows = {
  /** Money as stored (bigint from PostgreSQL) or already a number (the demo dataset in memory). */
  account: { id: string; currency?: string; openingBalanceMinor?: bigint | number };
  asOf: Date;
  /** Already in (occurredAt, insertion) order: that order plays the contract's "order in the file". */
  entries: readonly {
    id: string; type: AccountHistory["entries"][number]["type"]; amountMinor: bigint | number; occurredAt: Date;
    status: "POSTED" | "PENDING"; counterparty?: Nullable<string>; deviceId?: Nullable<string>;
    relatedEntryId?: Nullable<string>; promoId?: Nullable<string>; userDisputed?: boolean;
  }[];
  /** Successful logins only: a failed attempt is not a device's "first login". */
  logins: readonly { at: Date; deviceId?: Nullable<string>; ip: string }[];
  securityEvents: readonly { at: Date; type: NonNullable<AccountHistory["securityEvents"]>[number]["type"]; deviceId?: Nullable<string> }[];
};

/** Stored rows (database or demo dataset) to the diagnosis engine's plain input; money becomes numbers here, once. */
export function toAccountHistory({ account, asOf, entries, logins, securityEvents }: AccountHistoryRows): AccountHistory {
  return {
    account: { id: account.id, currency: account.currency ?? "CNY", openingBalanceMinor: toMinorUnits(account.openingBalanceMinor ?? 0) },
    asOf: asOf.toISOString(),
    entries: entries.map((e) => ({
      id: e.id, type: e.type, amountMinor: toMinorUnits(e.amountMinor), occurredAt: e.occurredAt.toISOString(), status: e.status,
      counterparty: e.counterparty ?? null, deviceId: e.deviceId ?? null, relatedEntryId: e.relatedEntryId ?? null,
      promoId: e.promoId ?? null, userDisputed: e.userDisputed ?? false,
    })),
    logins: logins.map((l) => ({ at: l.at.toISOString(), deviceId: l.deviceId ?? null, ip: l.ip })),
    securityEvents: securityEvents.map((s) => ({ at: s.at.toISOString(), type: s.type, deviceId: s.deviceId ?? null })),
  };
}
