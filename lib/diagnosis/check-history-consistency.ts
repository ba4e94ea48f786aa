import { ENTRY_TYPES, MAX_ABS_AMOUNT_MINOR, SIGN_RULES, type EntryType } from "./entry-types";

export type ValidationError = { path: string; message: string };

const KNOWN_TYPES: ReadonlySet<string> = new Set(ENTRY_TYPES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isUsableAmount(value: unknown): value is number {
  return Number.isInteger(value) && value !== 0 && Math.abs(value as number) <= MAX_ABS_AMOUNT_MINOR;
}

/**
 * Rules that span fields or entries: sign per entry type, unique entry ids, exact integer sums,
 * and a defined asOf. Works on the raw input and skips whatever the schema already rejects, so a
 * single run reports every problem in the file.
 */
export function checkHistoryConsistency(input: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  if (!isRecord(input)) return errors;
  const entries = input.entries;
  const account = isRecord(input.account) ? input.account : {};
  const opening = account.openingBalanceMinor;
  let absoluteTotal = Number.isSafeInteger(opening) ? Math.abs(opening as number) : 0;

  if (Array.isArray(entries)) {
    const firstIndexById = new Map<string, number>();
    entries.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) return;
      const { id, type, amountMinor } = entry;
      if (typeof id === "string" && id !== "") {
        const firstIndex = firstIndexById.get(id);
        if (firstIndex === undefined) firstIndexById.set(id, index);
        else {
          errors.push({
            path: `entries[${index}].id`,
            message: `duplicate id ${JSON.stringify(id)} (first at entries[${firstIndex}])`,
          });
        }
      }
      if (!isUsableAmount(amountMinor)) return;
      absoluteTotal += Math.abs(amountMinor);
      if (typeof type !== "string" || !KNOWN_TYPES.has(type)) return;
      const rule = SIGN_RULES[type as EntryType];
      if (rule === "credit" && amountMinor < 0) {
        errors.push({ path: `entries[${index}].amountMinor`, message: `${type} must be a credit (> 0)` });
      } else if (rule === "debit" && amountMinor > 0) {
        errors.push({ path: `entries[${index}].amountMinor`, message: `${type} must be a debit (< 0)` });
      }
    });
    if (absoluteTotal > Number.MAX_SAFE_INTEGER) {
      errors.push({
        path: "entries",
        message: `the amounts add up to more than ${Number.MAX_SAFE_INTEGER} minor units, too large to add exactly`,
      });
    }
  }

  const hasNoTimestamps =
    Array.isArray(entries) &&
    entries.length === 0 &&
    (!Array.isArray(input.logins) || input.logins.length === 0) &&
    (!Array.isArray(input.securityEvents) || input.securityEvents.length === 0);
  if ((input.asOf === undefined || input.asOf === null) && hasNoTimestamps) {
    errors.push({ path: "asOf", message: "required when the history has no entries, logins or security events" });
  }
  return errors;
}
