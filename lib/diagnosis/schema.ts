import { z } from "zod";
import { checkTimestamp } from "./check-timestamp";
import { ENTRY_STATUSES, ENTRY_TYPES, MAX_ABS_AMOUNT_MINOR, SECURITY_EVENT_TYPES } from "./entry-types";

// One schema per input (shared/STYLE.md). Cross-field rules (sign per type, unique ids) live in
// check-history-consistency.ts so that they are reported even when another field is broken.

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `a${typeof value === "object" ? "n" : ""} ${typeof value}`;
}

function requiredOr(expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? "required" : `must be ${expected} (got ${describeValue(issue.input)})`;
}

/** Ids, counterparties and IPs end up in the audit log, the database and people's screens. */
const MAX_ID_LENGTH = 128;
// Control, format (e.g. right-to-left override), private-use, unassigned and lone surrogate code
// points, and line/paragraph separators: none belongs in an identifier. PostgreSQL refuses NUL
// and JSON encoders refuse lone surrogates, so they must stop here rather than in a 500.
const NOT_PRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/u;

function checkIdCharacters(ctx: z.core.ParsePayload<string>) {
  const { value } = ctx;
  if (value.length > MAX_ID_LENGTH) {
    ctx.issues.push({ code: "custom", message: `must be at most ${MAX_ID_LENGTH} characters (got ${value.length})`, input: value });
    return;
  }
  const index = value.search(NOT_PRINTABLE);
  if (index >= 0) {
    const code = value.codePointAt(index)!.toString(16).toUpperCase().padStart(4, "0");
    ctx.issues.push({ code: "custom", message: `must contain only printable characters (U+${code} at position ${index + 1})`, input: value });
  }
}

/** A required identifier: non-empty, at most MAX_ID_LENGTH printable characters. */
const requiredId = z
  .string({ error: requiredOr("a string") }).min(1, { error: "must not be empty" }).check(checkIdCharacters);

const optionalId = z
  .string({ error: requiredOr("a string or null") })
  .min(1, { error: "must not be empty (use null when there is none)" })
  .check(checkIdCharacters)
  .nullable()
  .default(null);

const timestamp = z.string({ error: requiredOr("an ISO-8601 timestamp string") }).check((ctx) => {
  const problem = checkTimestamp(ctx.value);
  if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
});

function minorUnits({ allowZero }: { allowZero: boolean }) {
  return z.number({ error: requiredOr("an integer number of minor units") }).check((ctx) => {
    const value = ctx.value;
    let problem: string | null = null;
    if (!Number.isInteger(value)) {
      problem = `must be a whole number of minor units, e.g. 1050 for 10.50 (got ${value})`;
    } else if (Math.abs(value) > MAX_ABS_AMOUNT_MINOR) {
      problem = `must be between -${MAX_ABS_AMOUNT_MINOR} and ${MAX_ABS_AMOUNT_MINOR} minor units (got ${value})`;
    } else if (!allowZero && value === 0) {
      problem = "must not be 0: an entry moves money in (> 0) or out (< 0)";
    }
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: value });
  });
}

const listOf = (values: readonly string[]) => values.join(", ");
// Enum values are strings, so a wrong one reads best quoted: unknown entry type "GIFT".
const quoteChoice = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : describeValue(value));

const entrySchema = z.object(
  {
    id: requiredId,
    type: z.enum(ENTRY_TYPES, {
      error: (issue) =>
        issue.input === undefined
          ? "required"
          : `unknown entry type ${quoteChoice(issue.input)} (expected one of ${listOf(ENTRY_TYPES)})`,
    }),
    amountMinor: minorUnits({ allowZero: false }),
    occurredAt: timestamp,
    status: z.enum(ENTRY_STATUSES, {
      error: (issue) =>
        issue.input === undefined ? "required" : `must be POSTED or PENDING (got ${quoteChoice(issue.input)})`,
    }),
    counterparty: optionalId,
    deviceId: optionalId,
    relatedEntryId: optionalId,
    promoId: optionalId,
    userDisputed: z.boolean({ error: requiredOr("true or false") }).default(false),
  },
  { error: requiredOr("an object") },
);

const loginSchema = z.object(
  {
    at: timestamp,
    // Nullable like the database's Login.deviceId: such a login is "another device" for rule 3.
    deviceId: optionalId,
    ip: optionalId,
  },
  { error: requiredOr("an object") },
);

const securityEventSchema = z.object(
  {
    at: timestamp,
    type: z.enum(SECURITY_EVENT_TYPES, {
      error: (issue) =>
        issue.input === undefined
          ? "required"
          : `unknown security event type ${quoteChoice(issue.input)} (expected one of ${listOf(SECURITY_EVENT_TYPES)})`,
    }),
    deviceId: optionalId,
  },
  { error: requiredOr("an object") },
);

export const accountHistorySchema = z.object(
  {
    account: z.object(
      {
        id: requiredId,
        currency: z
          .string({ error: requiredOr("a currency code") })
          .regex(/^[A-Z]{3}$/, { error: (issue) => `must be 3 uppercase letters such as CNY (got ${quoteChoice(issue.input)})` }),
        openingBalanceMinor: minorUnits({ allowZero: true }).default(0),
      },
      { error: requiredOr("an object") },
    ),
    asOf: timestamp.nullable().optional(),
    entries: z.array(entrySchema, { error: requiredOr("an array") }),
    logins: z.array(loginSchema, { error: requiredOr("an array") }).default([]),
    securityEvents: z.array(securityEventSchema, { error: requiredOr("an array") }).default([]),
  },
  { error: requiredOr("a JSON object with account and entries") },
);

/** What the engine accepts: plain data, optional fields may be left out. */
export type AccountHistory = z.input<typeof accountHistorySchema>;
/** What parseAccountHistory returns: the same data with every default filled in. */
export type ParsedAccountHistory = z.output<typeof accountHistorySchema>;
export type LedgerEntry = AccountHistory["entries"][number];
export type Login = NonNullable<AccountHistory["logins"]>[number];
export type SecurityEvent = NonNullable<AccountHistory["securityEvents"]>[number];
