/** Goodwill adjustments above this many fen wait for a supervisor (GOODWILL_APPROVAL_THRESHOLD_MINOR, default ¥50). */
export function goodwillApprovalThresholdMinor(): bigint {
  const raw = process.env.GOODWILL_APPROVAL_THRESHOLD_MINOR;
  return raw && /^\d{1,12}$/.test(raw) ? BigInt(raw) : 5_000n;
}
