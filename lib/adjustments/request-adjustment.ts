import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { withIdempotency } from "@/lib/http/idempotency";
import { findAccountTicket } from "@/lib/tickets/find-account-ticket";
import { applyAdjustment } from "./apply-adjustment";
import { approvalReason, goodwillLimits, type ApprovalReason } from "./goodwill-limits";

/** A retried form is answered from its key for a week (a goodwill credit is money: longer than tickets' day). */
export const ADJUSTMENT_KEY_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type Options = { actor: SessionUser | null; accountId: string; ticketNumber?: number | null; amountMinor: bigint; reason: string; idempotencyKey: string; ip?: string | null };

export type AdjustmentResult = { id: string; status: "APPLIED" | "PENDING_APPROVAL"; approvalReason: ApprovalReason | null };
export type AdjustmentOutcome =
  | ({ kind: "fresh" | "replayed" } & AdjustmentResult)
  /** This caller used the key for a different request (another amount, reason, ticket or account). */
  | { kind: "mismatch" }
  /** The first request with this key is still running. */
  | { kind: "in_flight" };

/**
 * A goodwill credit, for a ticket about the account. It is applied at once unless it is above
 * the single threshold, or would take the account's or the requester's total of the desk's day
 * (applied and pending) above its daily limit: then it waits for a supervisor, saying which
 * (decision 027). Two requests at once cannot both slip under a limit: the account row and the
 * requester's advisory lock are held from the sum to the insert. Retries go through the one
 * idempotency helper: same key and same request replays, another request is a mismatch, and
 * keys are per caller.
 */
export async function requestAdjustment({ actor, accountId, ticketNumber, amountMinor, reason, idempotencyKey, ip }: Options): Promise<AdjustmentOutcome> {
  assertCan(actor, "adjustments.request");
  if (amountMinor <= 0n) throw new AppError("BAD_REQUEST", "must be more than 0", { field: "amountMinor" });
  if (!ticketNumber) throw new AppError("BAD_REQUEST", "name the ticket this adjustment is for", { field: "ticketNumber" });
  const outcome = await withIdempotency({
    caller: `user:${actor.id}`,
    operation: "adjustments.request",
    key: idempotencyKey,
    request: JSON.stringify([accountId, ticketNumber, amountMinor.toString(), reason]),
    ttlMs: ADJUSTMENT_KEY_TTL_MS,
    work: async (tx) => {
      const result = await createAdjustment(tx, { actor, accountId, ticketNumber, amountMinor, reason, ip });
      return { status: 201, body: result };
    },
  });
  if (outcome.kind === "mismatch" || outcome.kind === "in_flight") return outcome;
  return { kind: outcome.kind, ...(outcome.body as AdjustmentResult) };
}

async function createAdjustment(tx: Prisma.TransactionClient, options: { actor: SessionUser; accountId: string; ticketNumber: number; amountMinor: bigint; reason: string; ip?: string | null }): Promise<AdjustmentResult> {
  const { actor, accountId, ticketNumber, amountMinor, reason, ip } = options;
  // Account first, then requester: every request takes the two locks in this order.
  const [account] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "WalletAccount" WHERE "id" = ${accountId} FOR UPDATE`;
  if (!account) throw new AppError("NOT_FOUND", "account not found");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('goodwill.requester'), hashtext(${actor.id}))`;
  const ticket = await findAccountTicket({ client: tx, accountId, number: ticketNumber });
  if (!ticket) throw new AppError("BAD_REQUEST", "no ticket with this number is about this account", { field: "ticketNumber" });

  // The desk's day (China time); createdAt is stored as UTC without a zone.
  const [today] = await tx.$queryRaw<{ account: bigint; agent: bigint }[]>`
    SELECT COALESCE(SUM("amountMinor") FILTER (WHERE "accountId" = ${accountId}), 0)::bigint AS "account",
           COALESCE(SUM("amountMinor") FILTER (WHERE "requestedById" = ${actor.id}), 0)::bigint AS "agent"
      FROM "GoodwillAdjustment"
     WHERE ("accountId" = ${accountId} OR "requestedById" = ${actor.id})
       AND "status" IN ('APPLIED', 'PENDING_APPROVAL')
       AND "createdAt" >= (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'UTC'`;
  const why = approvalReason({ amountMinor, accountTodayMinor: today?.account ?? 0n, agentTodayMinor: today?.agent ?? 0n, limits: goodwillLimits() });

  const row = await tx.goodwillAdjustment.create({
    data: { accountId, ticketId: ticket.id, amountMinor, reason, status: "PENDING_APPROVAL", approvalReason: why, requestedById: actor.id },
    select: { id: true, accountId: true, amountMinor: true, reason: true, ticketId: true },
  });
  await recordAudit({
    client: tx, actor, action: "account.adjustment.request", targetType: "GoodwillAdjustment", targetId: row.id, accountId, ip,
    metadata: { amountMinor: amountMinor.toString(), ticketId: ticket.id, needsApproval: why !== null, ...(why ? { approvalReason: why } : {}) },
  });
  if (why) return { id: row.id, status: "PENDING_APPROVAL", approvalReason: why };
  await applyAdjustment(tx, { actor, adjustment: row, ip });
  return { id: row.id, status: "APPLIED", approvalReason: null };
}
