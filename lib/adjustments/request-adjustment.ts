import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { applyAdjustment } from "./apply-adjustment";
import { goodwillApprovalThresholdMinor } from "./goodwill-threshold";

type Options = { actor: SessionUser | null; accountId: string; ticketNumber?: number; amountMinor: bigint; reason: string; idempotencyKey: string; ip?: string | null };

/**
 * A goodwill credit. Up to the threshold it is applied at once; above it, it waits for a
 * supervisor. Idempotent: the same key (a retried form or request) returns the first result and
 * writes nothing new, even when the retries race (the key is UNIQUE).
 */
export async function requestAdjustment({ actor, accountId, ticketNumber, amountMinor, reason, idempotencyKey, ip }: Options) {
  assertCan(actor, "adjustments.request");
  if (amountMinor <= 0n) throw new AppError("BAD_REQUEST", "must be more than 0", { field: "amountMinor" });
  const existing = await db.goodwillAdjustment.findUnique({ where: { idempotencyKey }, select: { id: true, status: true, requestedById: true } });
  if (existing) {
    if (existing.requestedById !== actor.id) throw new AppError("CONFLICT", "This idempotency key was used for another request.");
    return { id: existing.id, status: existing.status, replayed: true };
  }
  const ticket = ticketNumber ? await db.ticket.findUnique({ where: { number: ticketNumber }, select: { id: true, accountId: true } }) : null;
  if (ticketNumber && ticket?.accountId !== accountId) throw new AppError("BAD_REQUEST", "this ticket is not about this account", { field: "ticketNumber" });
  const needsApproval = amountMinor > goodwillApprovalThresholdMinor();
  try {
    return await db.$transaction(async (tx) => {
      const account = await tx.walletAccount.findUnique({ where: { id: accountId }, select: { id: true } });
      if (!account) throw new AppError("NOT_FOUND", "account not found");
      const row = await tx.goodwillAdjustment.create({
        data: { idempotencyKey, accountId, ticketId: ticket?.id ?? null, amountMinor, reason, status: "PENDING_APPROVAL", requestedById: actor.id },
        select: { id: true, accountId: true, amountMinor: true, reason: true, ticketId: true },
      });
      await recordAudit({ client: tx, actor, action: "account.adjustment.request", targetType: "GoodwillAdjustment", targetId: row.id, accountId, ip, metadata: { amountMinor: amountMinor.toString(), needsApproval } });
      if (needsApproval) return { id: row.id, status: "PENDING_APPROVAL" as const, replayed: false };
      await applyAdjustment(tx, { actor, adjustment: row, ip });
      return { id: row.id, status: "APPLIED" as const, replayed: false };
    });
  } catch (error) {
    // A racing retry with the same key committed first: answer with its result.
    if ((error as { code?: string }).code === "P2002") return requestAdjustment({ actor, accountId, ticketNumber, amountMinor, reason, idempotencyKey, ip });
    throw error;
  }
}
