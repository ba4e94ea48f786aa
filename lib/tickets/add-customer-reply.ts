import "server-only";
import type { TicketStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { resumeSla } from "./sla-status";
import { statusAfterCustomerReply } from "./status-after-customer-reply";

/**
 * The customer's public reply on their own ticket. A reply to a ticket waiting on them or
 * resolved reopens it (REOPENED + MESSAGE_ADDED events); a closed ticket takes no replies
 * (CONFLICT: open a new one). Someone else's ticket is NOT_FOUND.
 */
export async function addCustomerReply({ actor, number, body }: { actor: SessionUser; number: number; body: string }): Promise<{ status: TicketStatus }> {
  return db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where: { number, requesterId: actor.id }, select: { id: true, status: true, assigneeId: true, firstResponseDueAt: true, resolutionDueAt: true, firstResponseAt: true, slaPausedAt: true } });
    if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
    if (ticket.status === "CLOSED") throw new AppError("CONFLICT", "This ticket is closed: open a new one.");
    const status = statusAfterCustomerReply(ticket.status, ticket.assigneeId !== null);
    const message = await tx.ticketMessage.create({ data: { ticketId: ticket.id, authorId: actor.id, visibility: "PUBLIC", body }, select: { id: true } });
    const reopened = status !== ticket.status;
    await tx.ticketEvent.createMany({
      data: [
        ...(reopened ? [{ ticketId: ticket.id, actorId: actor.id, type: "REOPENED" as const, data: { from: ticket.status, to: status } }] : []),
        { ticketId: ticket.id, actorId: actor.id, type: "MESSAGE_ADDED" as const, data: { messageId: message.id, visibility: "PUBLIC" } },
      ],
    });
    // Back with the desk: the SLA clock runs again, deadlines moved back by the time it waited.
    const clock = reopened ? { ...resumeSla(ticket, new Date()), slaPausedAt: null, resolvedAt: null } : {};
    await tx.ticket.update({ where: { id: ticket.id }, data: { status, version: { increment: 1 }, ...clock } });
    return { status };
  });
}
