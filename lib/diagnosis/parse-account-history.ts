import { checkHistoryConsistency, type ValidationError } from "./check-history-consistency";
import { accountHistorySchema, type ParsedAccountHistory } from "./schema";

export type ParseAccountHistoryResult =
  | { ok: true; history: ParsedAccountHistory }
  | { ok: false; errors: ValidationError[]; errorCount: number };

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

type Found = { key: readonly PropertyKey[]; message: string };

/** The first `limit` problems in reading order: one pass keeping a short sorted list, not a sort of them all. */
function firstInOrder(found: Found[], limit: number): Found[] {
  const kept: Found[] = [];
  const before = (a: Found, b: Found) => comparePaths(a.key as PathSegment[], b.key as PathSegment[]) < 0;
  for (const item of found) {
    if (kept.length === limit && !before(item, kept[limit - 1]!)) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(item, kept[middle]!)) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/**
 * Checks an untrusted value against the AccountHistory contract. Expected failures are a return
 * value: the problems in reading order, each named by its field path (`entries[3].amountMinor`),
 * at most `maxErrors` of them, and how many there were in all. A caller that shows only the
 * first hundred (the API) asks for only those: ordering half a million would cost seconds.
 */
export function parseAccountHistory(input: unknown, { maxErrors = Infinity }: { maxErrors?: number } = {}): ParseAccountHistoryResult {
  const parsed = accountHistorySchema.safeParse(input);
  const found: Found[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ key: issue.path, message: issue.message }));
  for (const error of checkHistoryConsistency(input)) found.push({ key: parsePath(error.path), message: error.message });
  if (parsed.success && found.length === 0) return { ok: true, history: parsed.data };
  const first = firstInOrder(found, Math.max(1, maxErrors));
  return { ok: false, errors: first.map(({ key, message }) => ({ path: formatPath(key), message })), errorCount: found.length };
}
