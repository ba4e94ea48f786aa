import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimPortalUser } from "@/lib/auth/claim-portal-user";
import { consumeOneTimeCode } from "@/lib/auth/consume-one-time-code";
import { findCodeRecipient } from "@/lib/auth/find-code-recipient";
import type { AuthorizeSignInResult } from "@/lib/auth/authorize-sign-in";
import { codeSignInSchema, fieldIssues } from "@/lib/auth/sign-in-schemas";
import { waitSeconds } from "@/lib/auth/sign-in-throttle-rules";
import { recordSignInFailure, recordSignInSuccess, reserveSignInAttempt, throttleKeys } from "@/lib/auth/throttle-sign-in";
import { databaseNow } from "@/lib/database-now";
import { db } from "@/lib/db";


/**
 * The `wallet-code` provider: phone number + SMS code. Same slowdown as the password form
 * (per phone and network, per network, per phone; decision 028), on top of the code's own 5
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
  const audit = (outcome: "success" | "failure", user: { id: string; walletAccountId: string | null } | null, reason?: string, throttle: Record<string, unknown> = {}) =>
    recordAudit({
      actor: user ? { id: user.id, role: "WALLET_USER" } : null,
      action: `auth.sign_in.${outcome}`,
      targetType: "PortalUser",
      targetId: user?.id ?? null,
      accountId: user?.walletAccountId ?? null,
      ip,
      metadata: { provider: "wallet-code", identifier: maskPhone(phone), ...(reason ? { reason } : {}), ...throttle },
      at: now,
    });

  const reservation = await reserveSignInAttempt({ keys, now });
  if (!reservation.ok) {
    await audit("failure", null, "throttled", { throttle: reservation.scope });
    return { ok: false, error: { code: "throttled", seconds: waitSeconds(reservation.retryAfterMs) } };
  }

  const verdict = await consumeOneTimeCode({ phone, purpose: "SIGN_IN", code, now });
  // A code is only ever sent to someone findCodeRecipient accepts; ask again in case they were
  // disabled (or became staff) since.
  const recipient = verdict === "ok" ? await findCodeRecipient({ phone }) : null;
  if (verdict !== "ok" || !recipient) {
    const { retryAfterMs, slowedBy } = recordSignInFailure({ reservation, now });
    const known = await db.portalUser.findUnique({ where: { phone }, select: { id: true, walletAccountId: true } });
    await audit("failure", known, verdict === "ok" ? "not-eligible" : `code-${verdict}`, slowedBy.length > 0 ? { slowedBy } : {});
    return { ok: false, error: retryAfterMs > 0 ? { code: "throttled", seconds: waitSeconds(retryAfterMs) } : { code: "invalid-code" } };
  }

  const user = await claimPortalUser({ phone, recipient });
  await recordSignInSuccess({ reservation, now });
  await db.portalUser.update({ where: { id: user.id }, data: { lastSignInAt: now }, select: { id: true } });
  await audit("success", user);
  return {
    ok: true,
    user: { id: user.id, role: user.role, name: user.name, locale: user.locale, walletAccountId: user.walletAccountId, sessionVersion: user.sessionVersion },
  };
}
