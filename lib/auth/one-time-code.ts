import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/*
 * SMS one-time codes (docs/decisions/020-sms-code-sign-in.md). Pure apart from the random
 * source: no database, no clock of its own.
 */

/** A code lives 5 minutes and allows 5 tries. */
export const CODE_TTL_MS = 5 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;

/** SIGN_IN and PASSWORD need a wallet user behind the phone; TICKET proves any phone left on a ticket (decision 035). */
export type CodePurpose = "SIGN_IN" | "PASSWORD" | "TICKET";

/** Six digits, uniformly from 000000 to 999999 (crypto-strong). */
export function generateCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/**
 * What is stored instead of the code. A plain hash of six digits falls to a million guesses,
 * so it is an HMAC keyed by the server secret, bound to the phone and purpose: a copy of the
 * table alone reveals nothing, and a sign-in code cannot reset a password.
 */
export function hashCode(options: { secret: string; phone: string; purpose: CodePurpose; code: string }): string {
  return createHmac("sha256", options.secret).update(`${options.purpose}:${options.phone}:${options.code}`).digest("hex");
}

export type StoredCode = { codeHash: string; attempts: number; expiresAt: Date; usedAt: Date | null };
export type CodeVerdict = "ok" | "no-code" | "used" | "expired" | "too-many-tries" | "wrong";

/**
 * Judges one try against the newest stored code. `attempts` already counts this try (it is
 * incremented in the database before the comparison, so parallel tries cannot exceed the limit).
 */
export function judgeCodeAttempt(stored: StoredCode | null, expectedHash: string, now: Date): CodeVerdict {
  if (!stored) return "no-code";
  if (stored.usedAt) return "used";
  if (stored.expiresAt.getTime() <= now.getTime()) return "expired";
  if (stored.attempts > MAX_CODE_ATTEMPTS) return "too-many-tries";
  const a = Buffer.from(stored.codeHash, "hex");
  const b = Buffer.from(expectedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b) ? "ok" : "wrong";
}
