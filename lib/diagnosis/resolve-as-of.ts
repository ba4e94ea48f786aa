import { parseTimestampMs } from "./parse-timestamp-ms";
import type { AccountHistory } from "./schema";

/**
 * The instant the diagnosis is made at: `asOf` when given, otherwise the latest timestamp in the
 * file across entries (posted and pending), logins and security events.
 */
export function resolveAsOfMs(history: AccountHistory, entryTimesMs: Float64Array): number {
  if (history.asOf) return parseTimestampMs(history.asOf);
  let latest = -Infinity;
  for (let i = 0; i < entryTimesMs.length; i++) {
    const at = entryTimesMs[i]!;
    if (at > latest) latest = at;
  }
  for (const login of history.logins ?? []) latest = Math.max(latest, parseTimestampMs(login.at));
  for (const event of history.securityEvents ?? []) latest = Math.max(latest, parseTimestampMs(event.at));
  // Validation requires asOf when there is no timestamp at all; stay total for unchecked data.
  return latest === -Infinity ? 0 : latest;
}
