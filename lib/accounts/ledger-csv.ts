import type { LedgerRow } from "./read-ledger-page";

export const LEDGER_CSV_HEADER = "occurred_at,entry_id,type,status,amount_minor,amount,counterparty,description\r\n";

/** Spreadsheet programs run a cell starting with = + - @ as a formula: those get a leading '. */
function cell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function decimal(minor: bigint): string {
  const sign = minor < 0n ? "-" : "";
  const digits = (minor < 0n ? -minor : minor).toString().padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Pure: one RFC 4180 line of the ledger export (times in UTC ISO, amounts exact). */
export function ledgerCsvLine(row: Pick<LedgerRow, "id" | "type" | "status" | "amountMinor" | "occurredAt" | "counterparty" | "description">): string {
  return [row.occurredAt.toISOString(), row.id, row.type, row.status, row.amountMinor.toString(), decimal(row.amountMinor), cell(row.counterparty), cell(row.description)].join(",") + "\r\n";
}
