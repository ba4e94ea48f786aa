import type { Diagnosis } from "@/lib/diagnosis/diagnosis-types";
import type { EntryType } from "@/lib/diagnosis/entry-types";
import { counterpartyName } from "@/lib/wizard/counterparty-name";

/** One unauthorized debit as the victim's page and the agent's diagnosis panel list it. */
export type UnauthorizedDebitRow = {
  entryId: string;
  /** The ledger entry's type; null only if the entry is not among those given (it always is when they come from the same history). */
  type: EntryType | null;
  /** Positive: what left the account. */
  amountMinor: number;
  occurredAt: Date;
  /** The counterparty in words (`merchant:京东` reads 京东); "" when the ledger has none. */
  counterparty: string;
};

/**
 * Pure: the diagnosis's unauthorized debits, in its order, with each entry's type taken from the
 * history the diagnosis was made from (the Diagnosis itself does not carry types).
 */
export function unauthorizedDebitRows(diagnosis: Pick<Diagnosis, "unauthorizedDebits">, entries: Iterable<{ id: string; type: EntryType }>): UnauthorizedDebitRow[] {
  const wanted = new Set(diagnosis.unauthorizedDebits.map((debit) => debit.entryId));
  const typeById = new Map<string, EntryType>();
  for (const entry of entries) if (wanted.has(entry.id)) typeById.set(entry.id, entry.type);
  return diagnosis.unauthorizedDebits.map((debit) => ({
    entryId: debit.entryId,
    type: typeById.get(debit.entryId) ?? null,
    amountMinor: debit.amountMinor,
    occurredAt: new Date(debit.occurredAt),
    counterparty: counterpartyName(debit.counterparty),
  }));
}
