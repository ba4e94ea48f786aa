import "server-only";
import { consumeRateLimit, type RateLimitRule } from "@/lib/http/rate-limit";
import type { CodePurpose } from "@/lib/auth/one-time-code";

/** The countdown before "send again", and the limits behind it (decision 020). */
export const RESEND_AFTER_SECONDS = 60;
export const CODE_REQUEST_LIMITS = {
  /** One SMS a minute per phone number: the countdown the forms show. */
  phoneCooldown: { limit: 1, windowMs: RESEND_AFTER_SECONDS * 1000 },
  /** At most 5 an hour per phone number, so nobody floods someone else's phone. */
  phoneHourly: { limit: 5, windowMs: 60 * 60_000 },
  /** At most 20 an hour per client IP, across phone numbers. */
  ip: { limit: 20, windowMs: 60 * 60_000 },
} as const satisfies Record<string, RateLimitRule>;

export type CodeRequestVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one "send me a code" request in PostgreSQL (lib/http/rate-limit.ts: shared by every
 * portal process, on the database's clock). Keyed by the phone typed, never by account, so the
 * answer is the same whether or not the phone has one. The IP is checked first: a refused IP
 * does not use up the phone's minute.
 */
export async function throttleCodeRequest(options: { phone: string; purpose: CodePurpose; ip: string }): Promise<CodeRequestVerdict> {
  const { phone, purpose, ip } = options;
  const checks: [string, RateLimitRule][] = [
    [`sms-code:ip:${ip}`, CODE_REQUEST_LIMITS.ip],
    [`sms-code:phone:${purpose}:${phone}`, CODE_REQUEST_LIMITS.phoneCooldown],
    [`sms-code:phone-hour:${phone}`, CODE_REQUEST_LIMITS.phoneHourly],
  ];
  for (const [key, rule] of checks) {
    const result = await consumeRateLimit({ key, rule });
    if (!result.ok) return { ok: false, retryAfterSeconds: result.retryAfterSeconds };
  }
  return { ok: true };
}
