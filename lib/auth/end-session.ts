import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";

/**
 * Signs a user out everywhere: moving PortalUser.sessionVersion on ends this session and every
 * copy of its token (other devices, a token copied before sign-out, `Authorization: Bearer`),
 * because each request compares the token's version with the column (lib/authz.ts).
 * Audited once, with the IP. A token that is already stale changes nothing and is not audited.
 */
export async function endSession(options: { user: SessionUser; sessionVersion: number | undefined; ip: string }): Promise<boolean> {
  const { user, sessionVersion, ip } = options;
  if (sessionVersion === undefined) return false;
  const { count } = await db.portalUser.updateMany({ where: { id: user.id, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
  if (count === 0) return false;
  await recordAudit({ actor: { id: user.id, role: user.role }, action: "auth.sign_out", targetType: "PortalUser", targetId: user.id, accountId: user.walletAccountId, ip });
  return true;
}
