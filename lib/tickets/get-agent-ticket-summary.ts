import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { QUEUE_SELECT } from "./list-ticket-queue";
import { recordTicketView } from "./record-ticket-view";

const SUMMARY_SELECT = {
  ...QUEUE_SELECT,
  id: true, version: true,
  requester: { select: { id: true, name: true } },
} satisfies Prisma.TicketSelect;

/**
 * One ticket as an agent's program reads it (`GET /api/agent/tickets/{number}`): the queue's
 * fields plus who opened it and how to reach them. Unlike getAgentTicket (the ticket page) it
 * leaves out the conversation and does not replay the account's ledger. One access-log row per
 * read, written only once the ticket was found.
 */
export async function getAgentTicketSummary({ actor, number, ip }: { actor: SessionUser | null; number: number; ip?: string | null }) {
  assertCan(actor, "tickets.view");
  const ticket = await db.ticket.findUnique({ where: { number }, select: SUMMARY_SELECT });
  if (!ticket) throw new AppError("NOT_FOUND", "No ticket has this number.");
  await recordTicketView({ actor, ticket, ip });
  return ticket;
}
