import { checkHistoryConsistency, type ValidationError } from "./check-history-consistency";
import { accountHistorySchema, type ParsedAccountHistory } from "./schema";

export type ParseAccountHistoryResult =
  | { ok: true; history: ParsedAccountHistory }
  | { ok: false; errors: ValidationError[] };

// Fields in the order a person reads the file, so errors come out top to bottom.
const FIELD_ORDER = [
  "account", "id", "currency", "openingBalanceMinor", "asOf", "entries", "type", "amountMinor",
  "occurredAt", "status", "counterparty", "deviceId", "relatedEntryId", "promoId", "userDisputed",
  "logins", "at", "ip", "securityEvents",
];
const FIELD_RANK = new Map(FIELD_ORDER.map((field, rank) => [field, rank]));

type PathSegment = string | number;

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

function parsePath(path: string): PathSegment[] {
  if (path === "(root)") return [];
  return path.split(/\.|(?=\[)/).map((part) => (part.startsWith("[") ? Number(part.slice(1, -1)) : part));
}

function comparePaths(a: PathSegment[], b: PathSegment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    const rankX = typeof x === "number" ? -1 : (FIELD_RANK.get(x) ?? FIELD_ORDER.length);
    const rankY = typeof y === "number" ? -1 : (FIELD_RANK.get(y) ?? FIELD_ORDER.length);
    if (rankX !== rankY) return rankX - rankY;
  }
  return a.length - b.length;
}

/**
 * Checks an untrusted value against the AccountHistory contract. Expected failures are a return
 * value: every problem, each named by its field path (`entries[3].amountMinor`).
 */
export function parseAccountHistory(input: unknown): ParseAccountHistoryResult {
  const parsed = accountHistorySchema.safeParse(input);
  const errors: ValidationError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  errors.push(...checkHistoryConsistency(input));
  if (parsed.success && errors.length === 0) return { ok: true, history: parsed.data };
  const keyed = errors.map((error) => ({ error, key: parsePath(error.path) }));
  keyed.sort((a, b) => comparePaths(a.key, b.key));
  return { ok: false, errors: keyed.map(({ error }) => error) };
}
