import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkPasswordStrength } from "@/lib/auth/check-password-strength";
import { claimPortalUser } from "@/lib/auth/claim-portal-user";
import { consumeOneTimeCode } from "@/lib/auth/consume-one-time-code";
import { findCodeRecipient } from "@/lib/auth/find-code-recipient";
import { hashPassword } from "@/lib/auth/password";
import type { FieldIssue } from "@/lib/auth/sign-in-fields";
import { fieldIssues, passwordResetSchema } from "@/lib/auth/sign-in-schemas";
import { networkOf, waitSeconds } from "@/lib/auth/sign-in-throttle-rules";
import { recordSignInFailure, recordSignInSuccess, reserveSignInAttempt, throttleKeys } from "@/lib/auth/throttle-sign-in";
import { databaseNow } from "@/lib/database-now";
import { db } from "@/lib/db";
import { consumeRateLimit, type RateLimitRule } from "@/lib/http/rate-limit";

/** Strength checks cost CPU (up to ~70 ms each): at most 30 per network in 15 minutes. */
export const PASSWORD_CHECK_LIMIT = { limit: 30, windowMs: 15 * 60_000 } as const satisfies RateLimitRule;

export type ResetPasswordResult =
  | { ok: true; phone: string }
  | { ok: false; error: "invalid-input"; issues: FieldIssue[] }
  | { ok: false; error: "invalid-code" }
  /** On the common-password list or as easy to guess: nothing was spent, the code still works. */
  | { ok: false; error: "weak-password"; issue: FieldIssue }
  | { ok: false; error: "throttled"; retryAfterSeconds: number };

/**
 * A new password proved by an SMS code (purpose PASSWORD): a reset, or the first password of
 * someone who has only signed in by code. argon2id as at sign-in. Changing passwordHash ends
 * every session of that user (the session-version trigger, decision 008). Throttled like a
 * sign-in; refusals never say whether the phone has an account. A guessable password is refused
 * before the code is looked at (decision 028), so choosing another one needs no new SMS.
 */
export async function resetPassword(options: { input: unknown; ip: string }): Promise<ResetPasswordResult> {
  const { ip } = options;
  const parsed = passwordResetSchema.safeParse(options.input ?? {});
  if (!parsed.success) return { ok: false, error: "invalid-input", issues: fieldIssues(parsed.error) };
  const { phone, code, password } = parsed.data;
  const checks = await consumeRateLimit({ key: `new-password:${networkOf(ip)}`, rule: PASSWORD_CHECK_LIMIT });
  if (!checks.ok) return { ok: false, error: "throttled", retryAfterSeconds: checks.retryAfterSeconds };
  const weakness = await checkPasswordStrength({ password, userInputs: [phone] });
  if (weakness) return { ok: false, error: "weak-password", issue: weakness };
  const now = await databaseNow();
  const keys = throttleKeys({ provider: "password-reset", identifier: phone, ip });
  const audit = (action: string, user: { id: string; walletAccountId: string | null } | null, metadata: Record<string, string> = {}) =>
    recordAudit({
      actor: user ? { id: user.id, role: "WALLET_USER" } : null,
      action,
      targetType: "PortalUser",
      targetId: user?.id ?? null,
      accountId: user?.walletAccountId ?? null,
      ip,
      metadata: { phone: maskPhone(phone), ...metadata },
      at: now,
    });

  const reservation = await reserveSignInAttempt({ keys, now });
  if (!reservation.ok) {
    await audit("auth.password.failure", null, { reason: "throttled", throttle: reservation.scope });
    return { ok: false, error: "throttled", retryAfterSeconds: waitSeconds(reservation.retryAfterMs) };
  }
  const verdict = await consumeOneTimeCode({ phone, purpose: "PASSWORD", code, now });
  const recipient = verdict === "ok" ? await findCodeRecipient({ phone }) : null;
  if (verdict !== "ok" || !recipient) {
    const { retryAfterMs, slowedBy } = recordSignInFailure({ reservation, now });
    const known = await db.portalUser.findUnique({ where: { phone }, select: { id: true, walletAccountId: true } });
    await audit("auth.password.failure", known, { reason: verdict === "ok" ? "not-eligible" : `code-${verdict}`, ...(slowedBy.length > 0 ? { slowedBy: slowedBy.join(",") } : {}) });
    return retryAfterMs > 0 ? { ok: false, error: "throttled", retryAfterSeconds: waitSeconds(retryAfterMs) } : { ok: false, error: "invalid-code" };
  }

  const user = await claimPortalUser({ phone, recipient });
  const passwordHash = await hashPassword(password);
  await db.portalUser.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
  await recordSignInSuccess({ reservation, now });
  await audit(user.passwordHash ? "auth.password.reset" : "auth.password.set", user);
  return { ok: true, phone };
}
