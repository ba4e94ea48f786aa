import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { encodeCursor } from "@/lib/http/keyset-cursor";
import type { TicketQueueQuery } from "./ticket-queue-query";
import { ticketSearchWhere } from "./ticket-search-where";

export const QUEUE_SELECT = {
  number: true, subject: true, status: true, priority: true, cause: true, createdAt: true, updatedAt: true,
  firstResponseDueAt: true, resolutionDueAt: true, firstResponseAt: true, slaPausedAt: true, slaBreachedAt: true,
  accountId: true, assignee: { select: { id: true, name: true } },
  // Who opened it: a signed-in customer, or someone locked out who left a contact (lib/tickets/ticket-contact.ts).
  requesterId: true, contact: true, contactVerifiedAt: true, verified: true,
} satisfies Prisma.TicketSelect;

export type QueueTicket = Prisma.TicketGetPayload<{ select: typeof QUEUE_SELECT }>;

function filterWhere(actor: SessionUser, query: TicketQueueQuery): Prisma.TicketWhereInput[] {
  return [
    query.status ? { status: { in: query.status } } : {},
    query.cause ? { cause: query.cause } : {},
    query.priority ? { priority: query.priority } : {},
    query.mine === "mine" ? { assigneeId: actor.id } : query.mine === "unassigned" ? { assigneeId: null } : {},
    query.breached === undefined ? {} : { slaBreachedAt: query.breached ? { not: null } : null },
    query.q ? ticketSearchWhere(query.q) : {},
  ];
}

/** Keyset condition "after this row" for the chosen order; due times may be null (sorted last). */
function afterWhere(query: TicketQueueQuery, cursor: { d: string | null; n: number }): Prisma.TicketWhereInput {
  if (query.sort === "newest") return { number: { lt: cursor.n } };
  if (query.sort === "oldest") return { number: { gt: cursor.n } };
  if (cursor.d === null) return { resolutionDueAt: null, number: { gt: cursor.n } };
  const due = new Date(cursor.d);
  return { OR: [{ resolutionDueAt: { gt: due } }, { resolutionDueAt: due, number: { gt: cursor.n } }, { resolutionDueAt: null }] };
}

function orderBy(query: TicketQueueQuery): Prisma.TicketOrderByWithRelationInput[] {
  if (query.sort === "newest") return [{ number: "desc" }];
  if (query.sort === "oldest") return [{ number: "asc" }];
  return [{ resolutionDueAt: { sort: "asc", nulls: "last" } }, { number: "asc" }];
}

/**
 * One page of the ticket queue (staff only), keyset-paged so page 400 costs what page 1 does.
 * Looking at the queue is one access-log row. The cursor was checked by the query's schema.
 */
export async function listTicketQueue({ actor, query, ip }: { actor: SessionUser | null; query: TicketQueueQuery; ip?: string | null }) {
  assertCan(actor, "tickets.view");
  const { cursor } = query;
  const where: Prisma.TicketWhereInput = { AND: [...filterWhere(actor, query), cursor ? afterWhere(query, cursor) : {}] };
  // The access-log row is written beside the read (its commit waits for the disk); the page is
  // returned only once both succeeded.
  const { cursor: _cursor, q, ...filters } = query;
  const [rows] = await Promise.all([
    db.ticket.findMany({ where, orderBy: orderBy(query), take: query.limit + 1, select: QUEUE_SELECT }),
    recordAudit({ actor, action: "ticket.queue.view", targetType: "TicketQueue", ip, metadata: { filters, page: cursor ? "next" : "first", ...(q ? { q } : {}) } }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ d: last.resolutionDueAt?.toISOString() ?? null, n: last.number }) : null;
  return { tickets: page, nextCursor };
}
