import "server-only";
import type { TicketStatus } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { refuseIfClaimedByOther } from "./claimed-ticket-guard";
import { resumeSla } from "./sla-status";

/**
 * Moves a ticket to OPEN, WAITING_ON_CUSTOMER or CLOSED (RESOLVED goes through resolveTicket).
 * Waiting pauses the SLA clock; leaving it moves the deadlines back by the pause. Stale
 * versions are a CONFLICT; so is a ticket someone else has claimed (`ticket_claimed`).
 */
export async function changeTicketStatus(options: { actor: SessionUser | null; number: number; status: Exclude<TicketStatus, "RESOLVED" | "NEW">; version: number; ip?: string | null }) {
  const { actor, number, status, version, ip } = options;
  assertCan(actor, "tickets.reply");
  return db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { number }, select: { id: true, accountId: true, status: true, firstResponseDueAt: true, resolutionDueAt: true, firstResponseAt: true, slaPausedAt: true, assignee: { select: { id: true, name: true } } } });
    if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
    refuseIfClaimedByOther(actor, ticket.assignee);
    const now = new Date();
    const clock = status === "WAITING_ON_CUSTOMER" ? { slaPausedAt: ticket.slaPausedAt ?? now } : { ...resumeSla(ticket, now), slaPausedAt: null };
    const reopened = ticket.status === "RESOLVED" || ticket.status === "CLOSED";
    const { count } = await tx.ticket.updateMany({ where: { id: ticket.id, version }, data: { status, ...clock, ...(reopened && status === "OPEN" ? { resolvedAt: null } : {}), version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "The ticket changed since you opened it: reload and try again.");
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.id, type: reopened && status === "OPEN" ? "REOPENED" : "STATUS_CHANGED", data: { from: ticket.status, to: status } } });
    await recordAudit({ client: tx, actor, action: "ticket.status", targetType: "Ticket", targetId: ticket.id, accountId: ticket.accountId, ip, metadata: { from: ticket.status, to: status } });
    return { version: version + 1 };
  });
}
