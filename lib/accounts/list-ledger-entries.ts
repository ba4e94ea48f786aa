import "server-only";
import { recordAccountView } from "@/lib/audit/record-account-view";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { findAccountTicket } from "@/lib/tickets/find-account-ticket";
import type { LedgerQuery } from "./ledger-query";
import { readLedgerPage } from "./read-ledger-page";

/**
 * A page of an account's ledger for staff (GET /api/agent/accounts/{id}/entries): one access-log
 * row. The read and the row's insert run side by side, because the insert's commit waits for the
 * disk (most of the request's time under load); the page is returned only once both succeeded.
 * The cursor was checked by the query's schema, so a refused request logs nothing.
 */
export async function listLedgerEntries({ actor, accountId, query, ip }: { actor: SessionUser | null; accountId: string; query: LedgerQuery; ip?: string | null }) {
  assertCan(actor, "accounts.view");
  const { cursor, ticket: ticketNumber, ...filters } = query;
  // The ticket the agent works from is named only when it is about this account (as on the page).
  const ticket = ticketNumber ? await findAccountTicket({ accountId, number: ticketNumber }) : null;
  const metadata = { filters, page: cursor ? "next" : "first", ...(ticket ? { ticketId: ticket.id, ticketNumber: ticket.number } : {}) };
  const [page, exists] = await Promise.all([
    readLedgerPage({ accountId, query }),
    recordAccountView({ actor, action: "account.ledger.view", accountId, ip, metadata }),
  ]);
  if (!exists) throw new AppError("NOT_FOUND", "account not found");
  return page;
}
