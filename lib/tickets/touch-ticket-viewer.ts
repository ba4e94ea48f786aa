import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { VIEWER_STALE_MS } from "./prune-stale-viewers";

/**
 * The ticket page's heartbeat: "I am here (and typing or not)". Kept in PostgreSQL so two
 * portal instances see each other's agents. Returns the other staff on the ticket right now.
 */
export async function touchTicketViewer({ actor, number, isReplying }: { actor: SessionUser | null; number: number; isReplying: boolean }) {
  assertCan(actor, "tickets.view");
  const ticket = await db.ticket.findUnique({ where: { number }, select: { id: true, version: true } });
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  const now = new Date();
  await db.ticketViewer.upsert({
    where: { ticketId_userId: { ticketId: ticket.id, userId: actor.id } },
    create: { ticketId: ticket.id, userId: actor.id, lastSeenAt: now, isReplying },
    update: { lastSeenAt: now, isReplying },
  });
  const others = await db.ticketViewer.findMany({
    where: { ticketId: ticket.id, userId: { not: actor.id }, lastSeenAt: { gte: new Date(now.getTime() - VIEWER_STALE_MS) } },
    select: { isReplying: true, user: { select: { name: true } } },
    orderBy: { lastSeenAt: "desc" },
  });
  return { version: ticket.version, others: others.map((o) => ({ name: o.user.name, isReplying: o.isReplying })) };
}
