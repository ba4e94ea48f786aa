import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** The customer closes their own ticket (solved, or no longer needed). Closing twice is harmless. */
export async function closeOwnTicket({ actor, number }: { actor: SessionUser; number: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where: { number, requesterId: actor.id }, select: { id: true, status: true } });
    if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
    if (ticket.status === "CLOSED") return;
    await tx.ticket.update({ where: { id: ticket.id }, data: { status: "CLOSED", version: { increment: 1 } } });
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.id, type: "STATUS_CHANGED", data: { from: ticket.status, to: "CLOSED", by: "customer" } } });
  });
}
