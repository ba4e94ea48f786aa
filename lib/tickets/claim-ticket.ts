import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export type ClaimResult =
  | { ok: true; number: number; version: number; alreadyYours: boolean }
  | { ok: false; reason: "taken"; holder: { id: string; name: string } }
  | { ok: false; reason: "finished"; status: string };

/**
 * Takes an unassigned ticket. The claim is one conditional UPDATE (... WHERE "assigneeId" IS
 * NULL): when two agents click at once PostgreSQL serialises them on the row, exactly one
 * update matches, and the other is told who has it. Claiming one's own ticket again is a no-op.
 */
export async function claimTicket({ actor, number, ip }: { actor: SessionUser | null; number: number; ip?: string | null }): Promise<ClaimResult> {
  assertCan(actor, "tickets.claim");
  const won = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; version: number; accountId: string | null }[]>`
      UPDATE "Ticket" SET "assigneeId" = ${actor.id}, "claimedAt" = now(), "updatedAt" = now(), "version" = "version" + 1,
        "status" = CASE WHEN "status" = 'NEW' THEN 'OPEN'::"TicketStatus" ELSE "status" END
      WHERE "number" = ${number} AND "assigneeId" IS NULL AND "status" IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER')
      RETURNING "id", "version", "accountId"`;
    const row = rows[0];
    if (!row) return null;
    await tx.ticketEvent.create({ data: { ticketId: row.id, actorId: actor.id, type: "CLAIMED" } });
    await recordAudit({ client: tx, actor, action: "ticket.claim", targetType: "Ticket", targetId: row.id, accountId: row.accountId, ip });
    return row;
  });
  if (won) return { ok: true, number, version: won.version, alreadyYours: false };

  const ticket = await db.ticket.findUnique({ where: { number }, select: { status: true, version: true, assignee: { select: { id: true, name: true } } } });
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  if (ticket.assignee?.id === actor.id) return { ok: true, number, version: ticket.version, alreadyYours: true };
  if (ticket.assignee) return { ok: false, reason: "taken", holder: ticket.assignee };
  return { ok: false, reason: "finished", status: ticket.status };
}
