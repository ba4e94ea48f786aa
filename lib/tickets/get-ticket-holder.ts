import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";

/** Who has a ticket right now (the queue says so after a lost claim); null when nobody or no such ticket. */
export async function getTicketHolder({ actor, number }: { actor: SessionUser | null; number: number }): Promise<string | null> {
  assertCan(actor, "tickets.view");
  const ticket = await db.ticket.findUnique({ where: { number }, select: { assignee: { select: { name: true } } } });
  return ticket?.assignee?.name ?? null;
}
