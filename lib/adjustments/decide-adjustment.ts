import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { applyAdjustment } from "./apply-adjustment";

/**
 * A supervisor approves (applies) or rejects a pending adjustment. Nobody decides their own.
 * Claiming the row with a conditional update means a double click or two supervisors at once
 * apply it exactly once; the loser gets CONFLICT.
 */
export async function decideAdjustment({ actor, adjustmentId, approve, ip }: { actor: SessionUser | null; adjustmentId: string; approve: boolean; ip?: string | null }) {
  assertCan(actor, "adjustments.approve");
  return db.$transaction(async (tx) => {
    const row = await tx.goodwillAdjustment.findUnique({ where: { id: adjustmentId }, select: { id: true, accountId: true, amountMinor: true, reason: true, ticketId: true, requestedById: true, status: true } });
    if (!row) throw new AppError("NOT_FOUND", "adjustment not found");
    if (row.requestedById === actor.id) throw new AppError("FORBIDDEN", "You cannot approve or reject your own adjustment: ask another supervisor.");
    const { count } = await tx.goodwillAdjustment.updateMany({ where: { id: row.id, status: "PENDING_APPROVAL" }, data: { decidedById: actor.id, decidedAt: new Date(), ...(approve ? {} : { status: "REJECTED" }) } });
    if (count === 0) throw new AppError("CONFLICT", "Someone already decided this adjustment.");
    if (approve) await applyAdjustment(tx, { actor, adjustment: row, ip });
    else await recordAudit({ client: tx, actor, action: "account.adjustment.reject", targetType: "GoodwillAdjustment", targetId: row.id, accountId: row.accountId, ip });
    return { status: approve ? ("APPLIED" as const) : ("REJECTED" as const) };
  });
}
