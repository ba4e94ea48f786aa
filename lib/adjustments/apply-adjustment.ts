import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * Inside the caller's transaction: the ADJUSTMENT ledger entry, the cached balance, the
 * adjustment row marked APPLIED and its audit row. All or nothing.
 */
export async function applyAdjustment(tx: Prisma.TransactionClient, options: { actor: SessionUser; adjustment: { id: string; accountId: string; amountMinor: bigint; reason: string; ticketId: string | null }; ip?: string | null }) {
  const { actor, adjustment, ip } = options;
  const now = new Date();
  const entry = await tx.ledgerEntry.create({
    data: { accountId: adjustment.accountId, type: "ADJUSTMENT", amountMinor: adjustment.amountMinor, occurredAt: now, description: adjustment.reason, counterparty: "Goodwill" },
    select: { id: true },
  });
  await tx.walletAccount.update({ where: { id: adjustment.accountId }, data: { balanceMinor: { increment: adjustment.amountMinor } } });
  await tx.goodwillAdjustment.update({ where: { id: adjustment.id }, data: { status: "APPLIED", ledgerEntryId: entry.id, decidedAt: now } });
  await recordAudit({
    client: tx, actor, action: "account.adjustment.apply", targetType: "GoodwillAdjustment", targetId: adjustment.id, accountId: adjustment.accountId, ip,
    metadata: { amountMinor: adjustment.amountMinor.toString(), ledgerEntryId: entry.id, ...(adjustment.ticketId ? { ticketId: adjustment.ticketId } : {}) },
  });
  return entry.id;
}
