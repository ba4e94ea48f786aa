import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { OwnTicketSummary } from "./list-own-tickets";

export type OwnTicketMessage = { id: string; fromSupport: boolean; authorName: string | null; body: string; createdAt: Date };
export type OwnTicket = OwnTicketSummary & { resolution: string | null; messages: OwnTicketMessage[] };

/**
 * One of the actor's own tickets with its PUBLIC messages only (internal notes never leave the
 * agent side). Someone else's ticket and a missing one are the same NOT_FOUND: numbers cannot
 * be probed.
 */
export async function getOwnTicket({ actor, number }: { actor: SessionUser; number: number }): Promise<OwnTicket> {
  const ticket = await db.ticket.findFirst({
    where: { number, requesterId: actor.id },
    select: {
      number: true, subject: true, status: true, priority: true, createdAt: true, updatedAt: true, resolution: true,
      messages: {
        where: { visibility: "PUBLIC" },
        orderBy: { createdAt: "asc" },
        select: { id: true, authorId: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  const { messages, ...summary } = ticket;
  return {
    ...summary,
    messages: messages.map((m) => ({
      id: m.id,
      fromSupport: m.authorId !== actor.id,
      // Agents are shown by first name only; a customer's own messages need no name.
      authorName: m.authorId !== actor.id ? (m.author?.name ?? null) : null,
      body: m.body,
      createdAt: m.createdAt,
    })),
  };
}
