import type { RateLimitRule } from "@/lib/http/rate-limit";

/** Requests per user per minute to POST /api/diagnose (setting DIAGNOSE_RATE_LIMIT, default 30). */
export function diagnoseRateRule(): RateLimitRule {
  const configured = Number(process.env.DIAGNOSE_RATE_LIMIT);
  return { limit: Number.isInteger(configured) && configured > 0 ? configured : 30, windowMs: 60_000 };
}
