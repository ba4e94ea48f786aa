import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { recordAudit } from "@/lib/audit/record-audit";
import { databaseNow } from "@/lib/database-now";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { isStaff, type SessionUser } from "@/lib/auth/session-user";
import type { SignInError } from "@/lib/auth/sign-in-errors";
import { fieldIssues, signInSchemaFor, type SignInProvider } from "@/lib/auth/sign-in-schemas";
import { waitSeconds } from "@/lib/auth/sign-in-throttle-rules";
import { recordSignInFailure, recordSignInSuccess, releaseSignInAttempt, reserveSignInAttempt, throttleKeys } from "@/lib/auth/throttle-sign-in";

// A real argon2id hash (same parameters as lib/auth/password.ts) of a password nobody knows.
// Unknown identifiers are checked against it so they take as long as a wrong password.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$GyzBY+d9QcxR54rErtLBvw$OE8X6Sxd/MNAbolZk02WvhoR7HZADOifwCWxYnbjiLE";

export type AuthorizeSignInResult = { ok: true; user: SessionUser & { sessionVersion: number } } | { ok: false; error: SignInError };

type FailureReason = "unknown-user" | "wrong-password" | "wrong-role" | "disabled" | "throttled";


/**
 * Checks one sign-in attempt: input shape, throttle, password, role for the form used, disabled
 * flag, in that order. Every attempt that gets past input validation is audited. Expected
 * refusals are return values; only infrastructure failures throw.
 */
export async function authorizeSignIn(options: {
  provider: SignInProvider;
  credentials: Record<string, unknown> | undefined;
  ip: string;
  now?: Date;
}): Promise<AuthorizeSignInResult> {
  const { provider, ip } = options;
  const parsed = signInSchemaFor(provider).safeParse(options.credentials ?? {});
  if (!parsed.success) {
    const [first] = fieldIssues(parsed.error);
    return { ok: false, error: first ? { code: "invalid-input", ...first } : { code: "invalid-credentials" } };
  }
  // Throttle windows, lastSignInAt and the audit rows all run on the database's clock, so that
  // instances whose clocks disagree still share one window (tests pass their own `now`).
  const now = options.now ?? (await databaseNow());
  const password = parsed.data.password;
  const identifier = "email" in parsed.data ? parsed.data.email : parsed.data.phone;
  const shownIdentifier = provider === "staff" ? identifier : maskPhone(identifier);
  const keys = throttleKeys({ provider, identifier, ip });

  const audit = (
    outcome: "success" | "failure",
    user: { id: string; role: SessionUser["role"]; walletAccountId: string | null } | null,
    reason?: FailureReason,
    throttle: Record<string, unknown> = {},
  ) =>
    recordAudit({
      actor: user ? { id: user.id, role: user.role } : null,
      action: `auth.sign_in.${outcome}`,
      targetType: "PortalUser",
      targetId: user?.id ?? null,
      accountId: user?.walletAccountId ?? null,
      ip,
      metadata: { provider, identifier: shownIdentifier, ...(reason ? { reason } : {}), ...throttle },
      at: now,
    });

  const reservation = await reserveSignInAttempt({ keys, now });
  if (!reservation.ok) {
    // Refused before any lookup: the answer is the same whether or not the account exists.
    await audit("failure", null, "throttled", { throttle: reservation.scope });
    return { ok: false, error: { code: "throttled", seconds: waitSeconds(reservation.retryAfterMs) } };
  }

  const user = await db.portalUser.findUnique({
    where: provider === "staff" ? { email: identifier } : { phone: identifier },
    select: { id: true, role: true, name: true, locale: true, walletAccountId: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  const roleMatches = user !== null && (provider === "staff" ? isStaff(user.role) : user.role === "WALLET_USER");

  if (!user || !passwordMatches || !roleMatches) {
    const reason: FailureReason = !user ? "unknown-user" : !passwordMatches ? "wrong-password" : "wrong-role";
    const { retryAfterMs, slowedBy } = recordSignInFailure({ reservation, now });
    // slowedBy names the counters that now make the next attempt wait ("account": many networks
    // are guessing this identifier), so the access log shows distributed guessing as it happens.
    await audit("failure", user, reason, slowedBy.length > 0 ? { slowedBy } : {});
    return { ok: false, error: retryAfterMs > 0 ? { code: "throttled", seconds: waitSeconds(retryAfterMs) } : { code: "invalid-credentials" } };
  }

  if (user.disabledAt) {
    // Only someone who knows the password learns the account is disabled; it was no guess.
    await releaseSignInAttempt({ reservation, now });
    await audit("failure", user, "disabled");
    return { ok: false, error: { code: "disabled" } };
  }

  await recordSignInSuccess({ reservation, now });
  await db.portalUser.update({ where: { id: user.id }, data: { lastSignInAt: now }, select: { id: true } });
  await audit("success", user);
  return {
    ok: true,
    user: { id: user.id, role: user.role, name: user.name, locale: user.locale, walletAccountId: user.walletAccountId, sessionVersion: user.sessionVersion },
  };
}
