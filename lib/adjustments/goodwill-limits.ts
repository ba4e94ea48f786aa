/** Amounts in fen; a setting that is not a whole number of fen falls back to its default. */
function setting(name: string, fallback: bigint): bigint {
  const raw = process.env[name];
  return raw && /^\d{1,12}$/.test(raw) ? BigInt(raw) : fallback;
}

export type GoodwillLimits = {
  /** One adjustment above this waits for a supervisor (GOODWILL_APPROVAL_THRESHOLD_MINOR, default ¥50). */
  singleMinor: bigint;
  /** An account's adjustments of the desk's day, pending ones included, above this wait (GOODWILL_ACCOUNT_DAILY_LIMIT_MINOR, default ¥100). */
  accountDailyMinor: bigint;
  /** One requester's adjustments of the desk's day, on any accounts, above this wait (GOODWILL_AGENT_DAILY_LIMIT_MINOR, default ¥500). */
  agentDailyMinor: bigint;
};

/** The goodwill limits above which an adjustment needs a supervisor (decision 027). */
export function goodwillLimits(): GoodwillLimits {
  return {
    singleMinor: setting("GOODWILL_APPROVAL_THRESHOLD_MINOR", 5_000n),
    accountDailyMinor: setting("GOODWILL_ACCOUNT_DAILY_LIMIT_MINOR", 10_000n),
    agentDailyMinor: setting("GOODWILL_AGENT_DAILY_LIMIT_MINOR", 50_000n),
  };
}

export type ApprovalReason = "SINGLE_THRESHOLD" | "ACCOUNT_DAILY_LIMIT" | "AGENT_DAILY_LIMIT";

/**
 * Pure: which limit, if any, sends an adjustment of `amountMinor` to a supervisor, given what
 * the account and the requester already have today (applied and pending). The single threshold
 * is named first: it is the one an agent can see from the amount alone.
 */
export function approvalReason(options: { amountMinor: bigint; accountTodayMinor: bigint; agentTodayMinor: bigint; limits: GoodwillLimits }): ApprovalReason | null {
  const { amountMinor, accountTodayMinor, agentTodayMinor, limits } = options;
  if (amountMinor > limits.singleMinor) return "SINGLE_THRESHOLD";
  if (accountTodayMinor + amountMinor > limits.accountDailyMinor) return "ACCOUNT_DAILY_LIMIT";
  if (agentTodayMinor + amountMinor > limits.agentDailyMinor) return "AGENT_DAILY_LIMIT";
  return null;
}
