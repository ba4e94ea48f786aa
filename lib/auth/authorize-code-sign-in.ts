import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimPortalUser } from "@/lib/auth/claim-portal-user";
import { consumeOneTimeCode } from "@/lib/auth/consume-one-time-code";
import { findCodeRecipient } from "@/lib/auth/find-code-recipient";
import type { AuthorizeSignInResult } from "@/lib/auth/authorize-sign-in";
import { codeSignInSchema, fieldIssues } from "@/lib/auth/sign-in-schemas";
import { recordSignInFailure, recordSignInSuccess, reserveSignInAttempt, throttleKeys } from "@/lib/auth/throttle-sign-in";
import { databaseNow } from "@/lib/database-now";
import { db } from "@/lib/db";

function minutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}

/**
 * The `wallet-code` provider: phone number + SMS code. Same throttle as the password form
 * (5 failures per phone, 20 per IP in 15 minutes, decision 004), on top of the code's own 5
 * tries. Every refusal answers `invalid-code` or `throttled`, for phones with and without an
 * account alike; the audit row keeps the real reason.
 */
export async function authorizeCodeSignIn(options: { credentials: Record<string, unknown> | undefined; ip: string; now?: Date }): Promise<AuthorizeSignInResult> {
  const { ip } = options;
  const parsed = codeSignInSchema.safeParse(options.credentials ?? {});
  if (!parsed.success) {
    const [first] = fieldIssues(parsed.error);
    return { ok: false, error: first ? { code: "invalid-input", ...first } : { code: "invalid-code" } };
  }
  const { phone, code } = parsed.data;
  const now = options.now ?? (await databaseNow());
  const keys = throttleKeys({ provider: "wallet-code", identifier: phone, ip });
  const audit = (outcome: "success" | "failure", user: { id: string; walletAccountId: string | null } | null, reason?: string) =>
    recordAudit({
      actor: user ? { id: user.id, role: "WALLET_USER" } : null,
      action: `auth.sign_in.${outcome}`,
      targetType: "PortalUser",
      targetId: user?.id ?? null,
      accountId: user?.walletAccountId ?? null,
      ip,
      metadata: { provider: "wallet-code", identifier: maskPhone(phone), ...(reason ? { reason } : {}) },
      at: now,
    });

  const reservation = await reserveSignInAttempt({ keys, now });
  if (!reservation.ok) {
    await audit("failure", null, "throttled");
    return { ok: false, error: { code: "throttled", minutes: minutes(reservation.retryAfterMs) } };
  }

  const verdict = await consumeOneTimeCode({ phone, purpose: "SIGN_IN", code, now });
  // A code is only ever sent to someone findCodeRecipient accepts; ask again in case they were
  // disabled (or became staff) since.
  const recipient = verdict === "ok" ? await findCodeRecipient({ phone }) : null;
  if (verdict !== "ok" || !recipient) {
    const { blockedForMs } = await recordSignInFailure({ keys, now });
    const known = await db.portalUser.findUnique({ where: { phone }, select: { id: true, walletAccountId: true } });
    await audit("failure", known, verdict === "ok" ? "not-eligible" : `code-${verdict}`);
    return { ok: false, error: blockedForMs > 0 ? { code: "throttled", minutes: minutes(blockedForMs) } : { code: "invalid-code" } };
  }

  const user = await claimPortalUser({ phone, recipient });
  await recordSignInSuccess({ keys, now });
  await db.portalUser.update({ where: { id: user.id }, data: { lastSignInAt: now }, select: { id: true } });
  await audit("success", user);
  return {
    ok: true,
    user: { id: user.id, role: user.role, name: user.name, locale: user.locale, walletAccountId: user.walletAccountId, sessionVersion: user.sessionVersion },
  };
}
