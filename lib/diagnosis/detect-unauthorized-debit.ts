import { parseTimestampMs } from "./parse-timestamp-ms";
import type { LedgerEntry, Login } from "./schema";

export const NEW_DEVICE_WINDOW_MS = 72 * 60 * 60 * 1000;

/** Rule 3 for one PAYMENT, TRANSFER_OUT or WITHDRAWAL made at `atMs`. */
export type UnauthorizedDebitCheck = (entry: LedgerEntry, atMs: number) => boolean;

/**
 * Indexes the logins once (first login per device, the two earliest devices) so each debit is
 * checked in O(1). `firstPostedMsByCounterparty` is filled by the caller as it replays the ledger
 * in time order: when a debit is checked, it holds every POSTED entry dated up to that debit,
 * which covers all those dated before the device's first login. No debit rescans the entries.
 */
export function createUnauthorizedDebitCheck(
  logins: readonly Login[],
  firstPostedMsByCounterparty: ReadonlyMap<string, number>,
): UnauthorizedDebitCheck {
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

  return (entry, atMs) => {
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
    // Known only if posted before the device appeared: the thief's own earlier transfers to the
    // same stranger must not make it look familiar (the amended rule 3). Looked up only here,
    // when the device rule already holds, so the common debit pays nothing for it.
    const counterparty = entry.counterparty;
    if (counterparty == null) return true;
    const firstPostedMs = firstPostedMsByCounterparty.get(counterparty);
    return firstPostedMs === undefined || firstPostedMs >= firstLoginMs;
  };
}
