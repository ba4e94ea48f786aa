import "server-only";
import type { TicketPriority, TicketStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";

export type OwnTicketSummary = {
  number: number;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  createdAt: Date;
  updatedAt: Date;
};

const OPEN_STATUSES: TicketStatus[] = ["NEW", "OPEN", "WAITING_ON_CUSTOMER"];

/**
 * The actor's own tickets, newest first. Scoped by requester in the query itself, so a caller
 * without tickets (or staff, who have their own queue) simply gets none. No message bodies:
 * internal notes can never leak through a list.
 */
export async function listOwnTickets({ actor, openOnly = false, limit = 50 }: { actor: SessionUser; openOnly?: boolean; limit?: number }): Promise<OwnTicketSummary[]> {
  return db.ticket.findMany({
    where: { requesterId: actor.id, ...(openOnly ? { status: { in: OPEN_STATUSES } } : {}) },
    orderBy: [{ createdAt: "desc" }, { number: "desc" }],
    take: Math.min(Math.max(1, limit), 200),
    select: { number: true, subject: true, status: true, priority: true, createdAt: true, updatedAt: true },
  });
}
