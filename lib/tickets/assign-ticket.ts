import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import { isStaff, type SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { ID_PATTERN } from "@/lib/http/plain-text";
import { refuseIfClaimedByOther } from "./claimed-ticket-guard";

/**
 * A supervisor gives a ticket to a staff member (or takes it away with assigneeId null).
 * `version` is what the supervisor saw: if the ticket changed since, CONFLICT, nothing written.
 */
export async function assignTicket(options: { actor: SessionUser | null; number: number; assigneeId: string | null; version: number; ip?: string | null }) {
  const { actor, number, assigneeId, version, ip } = options;
  assertCan(actor, "tickets.assign");
  if (assigneeId) {
    // Only an id the portal could have made is looked up: one with a NUL in it would fail the query.
    const assignee = ID_PATTERN.test(assigneeId) ? await db.portalUser.findUnique({ where: { id: assigneeId }, select: { role: true, disabledAt: true } }) : null;
    if (!assignee || !isStaff(assignee.role) || assignee.disabledAt) throw new AppError("BAD_REQUEST", "not an active staff member", { field: "assigneeId" });
  }
  return db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { number }, select: { id: true, accountId: true, assigneeId: true, assignee: { select: { id: true, name: true } } } });
    if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
    // Taking a claimed ticket from its holder is overriding the claim (today every role that assigns may).
    refuseIfClaimedByOther(actor, ticket.assignee);
    const { count } = await tx.ticket.updateMany({
      where: { id: ticket.id, version },
      data: { assigneeId, claimedAt: assigneeId ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "The ticket changed since you opened it: reload to see who has it now.");
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.id, type: assigneeId ? "ASSIGNED" : "RELEASED", data: { from: ticket.assigneeId, to: assigneeId } } });
    await recordAudit({ client: tx, actor, action: "ticket.assign", targetType: "Ticket", targetId: ticket.id, accountId: ticket.accountId, ip, metadata: { from: ticket.assigneeId, to: assigneeId } });
    return { version: version + 1 };
  });
}
