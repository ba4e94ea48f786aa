import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TicketStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { resumeSla } from "./sla-status";
import { statusAfterCustomerReply } from "./status-after-customer-reply";

/**
 * Who is answering: a signed-in customer on their own ticket, or a reporter without an account
 * through the ticket's reply link (decision 035; the caller checked the link), whose messages
 * have no author.
 */
export type CustomerReplier = { kind: "requester"; actor: SessionUser; number: number } | { kind: "link"; ticketId: string };

/**
 * The customer's public reply on their own ticket. A reply to a ticket waiting on them or
 * resolved reopens it (REOPENED + MESSAGE_ADDED events); a closed ticket takes no replies
 * (CONFLICT: open a new one). Someone else's ticket is NOT_FOUND.
 */
export async function addCustomerReply({ replier, body }: { replier: CustomerReplier; body: string }): Promise<{ status: TicketStatus }> {
  const where: Prisma.TicketWhereInput = replier.kind === "requester" ? { number: replier.number, requesterId: replier.actor.id } : { id: replier.ticketId };
  const authorId = replier.kind === "requester" ? replier.actor.id : null;
  return db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where, select: { id: true, status: true, assigneeId: true, firstResponseDueAt: true, resolutionDueAt: true, firstResponseAt: true, slaPausedAt: true } });
    if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
    if (ticket.status === "CLOSED") throw new AppError("CONFLICT", "This ticket is closed: open a new one.");
    const status = statusAfterCustomerReply(ticket.status, ticket.assigneeId !== null);
    const message = await tx.ticketMessage.create({ data: { ticketId: ticket.id, authorId, visibility: "PUBLIC", body }, select: { id: true } });
    const reopened = status !== ticket.status;
    await tx.ticketEvent.createMany({
      data: [
        ...(reopened ? [{ ticketId: ticket.id, actorId: authorId, type: "REOPENED" as const, data: { from: ticket.status, to: status } }] : []),
        { ticketId: ticket.id, actorId: authorId, type: "MESSAGE_ADDED" as const, data: { messageId: message.id, visibility: "PUBLIC", ...(replier.kind === "link" ? { via: "reply-link" } : {}) } },
      ],
    });
    // Back with the desk: the SLA clock runs again, deadlines moved back by the time it waited.
    const clock = reopened ? { ...resumeSla(ticket, new Date()), slaPausedAt: null, resolvedAt: null } : {};
    await tx.ticket.update({ where: { id: ticket.id }, data: { status, version: { increment: 1 }, ...clock } });
    return { status };
  });
}
