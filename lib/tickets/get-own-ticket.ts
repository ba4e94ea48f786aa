import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { OwnTicketSummary } from "./list-own-tickets";

export type OwnTicketMessage = { id: string; fromSupport: boolean; authorName: string | null; body: string; createdAt: Date };
export type OwnTicket = OwnTicketSummary & { resolution: string | null; messages: OwnTicketMessage[] };

/** What a reporter may see of a ticket: never internal notes, never another person's details. */
export const REPORTER_VIEW_SELECT = {
  number: true, subject: true, status: true, priority: true, createdAt: true, updatedAt: true, resolution: true,
  messages: {
    where: { visibility: "PUBLIC" },
    orderBy: { createdAt: "asc" },
    select: { id: true, authorId: true, body: true, createdAt: true, author: { select: { name: true } } },
  },
} satisfies Prisma.TicketSelect;

/**
 * Pure: the reporter's view of a ticket read with REPORTER_VIEW_SELECT. `reporterId` is whose
 * messages are "yours": the signed-in requester, or null for a reporter without an account
 * (their messages have no author). Agents are shown by first name only.
 */
export function toReporterView(ticket: Prisma.TicketGetPayload<{ select: typeof REPORTER_VIEW_SELECT }>, reporterId: string | null): OwnTicket {
  const { messages, ...summary } = ticket;
  return {
    ...summary,
    messages: messages.map((m) => {
      const fromSupport = m.authorId !== reporterId;
      return { id: m.id, fromSupport, authorName: fromSupport ? (m.author?.name ?? null) : null, body: m.body, createdAt: m.createdAt };
    }),
  };
}

/**
 * One of the actor's own tickets with its PUBLIC messages only (internal notes never leave the
 * agent side). Someone else's ticket and a missing one are the same NOT_FOUND: numbers cannot
 * be probed.
 */
export async function getOwnTicket({ actor, number }: { actor: SessionUser; number: number }): Promise<OwnTicket> {
  const ticket = await db.ticket.findFirst({ where: { number, requesterId: actor.id }, select: REPORTER_VIEW_SELECT });
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  return toReporterView(ticket, actor.id);
}
