import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";

/** Adjustments waiting for a supervisor, oldest first (an account's only, when given). */
export async function listPendingAdjustments({ actor, accountId }: { actor: SessionUser | null; accountId?: string }) {
  assertCan(actor, "adjustments.request");
  return db.goodwillAdjustment.findMany({
    where: { status: "PENDING_APPROVAL", ...(accountId ? { accountId } : {}) },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: { id: true, accountId: true, amountMinor: true, reason: true, approvalReason: true, createdAt: true, requestedById: true, requestedBy: { select: { name: true } }, ticket: { select: { number: true } } },
  });
}
