import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { parseTicketNumber } from "./parse-ticket-number";

/**
 * The ticket with this number when it is about this account, else null (no such ticket, or
 * another account's). The one check behind everything that names a ticket next to an account:
 * the account page's and the ledger API's access-log rows, and goodwill adjustments.
 */
export async function findAccountTicket({ accountId, number, client = db }: { accountId: string; number: number; client?: Prisma.TransactionClient }): Promise<{ id: string; number: number } | null> {
  if (parseTicketNumber(String(number)) === null) return null;
  return client.ticket.findFirst({ where: { number, accountId }, select: { id: true, number: true } });
}
