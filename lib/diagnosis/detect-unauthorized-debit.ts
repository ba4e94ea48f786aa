import { parseTimestampMs } from "./parse-timestamp-ms";
import type { LedgerEntry, Login } from "./schema";

export const NEW_DEVICE_WINDOW_MS = 72 * 60 * 60 * 1000;

/**
 * Rule 3 for one PAYMENT, TRANSFER_OUT or WITHDRAWAL made at `atMs`. `counterpartyFirstPostedMs`
 * is when the debit's counterparty first appeared on a POSTED entry (Infinity when it never did,
 * or the debit has none).
 */
export type UnauthorizedDebitCheck = (entry: LedgerEntry, atMs: number, counterpartyFirstPostedMs: number) => boolean;

/**
 * Indexes the logins once (first login per device, the two earliest devices) so each debit is
 * checked in O(1). The caller replays the ledger in time order, so it already knows when each
 * counterparty was first seen: no debit rescans the entries before it.
 */
export function createUnauthorizedDebitCheck(logins: readonly Login[]): UnauthorizedDebitCheck {
  const firstLoginByDevice = new Map<string, number>();
  // A login without a device still shows the account was in use from somewhere else.
  let earliestDevicelessMs = Infinity;
  for (const login of logins) {
    const at = parseTimestampMs(login.at);
    const deviceId = login.deviceId;
    if (deviceId == null) {
      earliestDevicelessMs = Math.min(earliestDevicelessMs, at);
      continue;
    }
    const known = firstLoginByDevice.get(deviceId);
    if (known === undefined || at < known) firstLoginByDevice.set(deviceId, at);
  }
  let earliestDevice: string | null = null;
  let earliestMs = Infinity;
  let secondEarliestMs = Infinity;
  for (const [deviceId, at] of firstLoginByDevice) {
    if (at < earliestMs) {
      secondEarliestMs = earliestMs;
      earliestMs = at;
      earliestDevice = deviceId;
    } else if (at < secondEarliestMs) {
      secondEarliestMs = at;
    }
  }

  return (entry, atMs, counterpartyFirstPostedMs) => {
    if (entry.userDisputed === true) return true;
    const deviceId = entry.deviceId;
    if (deviceId == null) return false;
    const firstLoginMs = firstLoginByDevice.get(deviceId);
    // No login on record, or the first one after the debit: the records do not show a new device.
    if (firstLoginMs === undefined) return false;
    const age = atMs - firstLoginMs;
    if (age < 0 || age > NEW_DEVICE_WINDOW_MS) return false;
    const earliestOtherMs = Math.min(earliestDevicelessMs, deviceId === earliestDevice ? secondEarliestMs : earliestMs);
    if (!(earliestOtherMs < firstLoginMs)) return false;
    // Known only if dealt with before the device appeared: the thief's own earlier transfers to
    // the same stranger must not make it look familiar (the amended rule 3).
    return !(counterpartyFirstPostedMs < firstLoginMs);
  };
}
