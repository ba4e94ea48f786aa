import { afterEach, describe, expect, it, vi } from "vitest";
import { approvalReason, goodwillLimits } from "./goodwill-limits";

const limits = { singleMinor: 5_000n, accountDailyMinor: 10_000n, agentDailyMinor: 50_000n };

describe("goodwill limits", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("lets an amount through only when it is under the threshold and both of today's totals", () => {
    expect(approvalReason({ amountMinor: 5_000n, accountTodayMinor: 5_000n, agentTodayMinor: 45_000n, limits })).toBeNull();
    expect(approvalReason({ amountMinor: 5_001n, accountTodayMinor: 0n, agentTodayMinor: 0n, limits })).toBe("SINGLE_THRESHOLD");
    expect(approvalReason({ amountMinor: 5_000n, accountTodayMinor: 5_001n, agentTodayMinor: 0n, limits })).toBe("ACCOUNT_DAILY_LIMIT");
    expect(approvalReason({ amountMinor: 5_000n, accountTodayMinor: 0n, agentTodayMinor: 45_001n, limits })).toBe("AGENT_DAILY_LIMIT");
    // Over everything: the single threshold is the reason given.
    expect(approvalReason({ amountMinor: 90_000n, accountTodayMinor: 90_000n, agentTodayMinor: 90_000n, limits })).toBe("SINGLE_THRESHOLD");
  });

  it("reads the settings, and falls back to the defaults when one is not a number of fen", () => {
    expect(goodwillLimits()).toEqual(limits);
    vi.stubEnv("GOODWILL_ACCOUNT_DAILY_LIMIT_MINOR", "20000");
    vi.stubEnv("GOODWILL_AGENT_DAILY_LIMIT_MINOR", "¥500");
    expect(goodwillLimits()).toEqual({ ...limits, accountDailyMinor: 20_000n });
  });
});
