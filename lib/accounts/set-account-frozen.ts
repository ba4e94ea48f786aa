import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** Freezes (agents may, to stop a takeover) or unfreezes (supervisors) an account, with its audit row in one transaction. */
export async function setAccountFrozen({ actor, accountId, frozen, reason, ip }: { actor: SessionUser | null; accountId: string; frozen: boolean; reason: string; ip?: string | null }) {
  assertCan(actor, frozen ? "accounts.freeze" : "accounts.unfreeze");
  return db.$transaction(async (tx) => {
    const account = await tx.walletAccount.findUnique({ where: { id: accountId }, select: { status: true } });
    if (!account) throw new AppError("NOT_FOUND", "account not found");
    const status = frozen ? "FROZEN" : "ACTIVE";
    if (account.status === status) return { status, changed: false };
    await tx.walletAccount.update({ where: { id: accountId }, data: { status } });
    await recordAudit({ client: tx, actor, action: frozen ? "account.freeze" : "account.unfreeze", targetType: "WalletAccount", targetId: accountId, accountId, ip, metadata: { from: account.status, reason } });
    return { status, changed: true };
  });
}
