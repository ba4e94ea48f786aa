import "server-only";
import { recordAccountView } from "@/lib/audit/record-account-view";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { findAccountTicket } from "@/lib/tickets/find-account-ticket";
import { LEDGER_CSV_HEADER, ledgerCsvLine } from "./ledger-csv";
import type { LedgerQuery } from "./ledger-query";
import { readLedgerPage } from "./read-ledger-page";

const BATCH = 5_000;

/**
 * The filtered ledger as CSV, any size: a stream that reads the next keyset batch only when the
 * client has taken the previous one, so memory stays flat however long the ledger. One export
 * is one access-log row (written before the first byte).
 */
export async function streamLedgerCsv({ actor, accountId, query, ip }: { actor: SessionUser | null; accountId: string; query: LedgerQuery; ip?: string | null }): Promise<ReadableStream<Uint8Array>> {
  assertCan(actor, "accounts.export");
  const batchQuery = { ...query, limit: BATCH };
  // The first batch is read before answering 200 (and before logging anything).
  let first: Awaited<ReturnType<typeof readLedgerPage>> | null = await readLedgerPage({ accountId, query: batchQuery });
  // The ticket the agent works from is named only when it is about this account (as on the page).
  const { cursor: _cursor, ticket: ticketNumber, ...filters } = query;
  const ticket = ticketNumber ? await findAccountTicket({ accountId, number: ticketNumber }) : null;
  const metadata = { filters, ...(ticket ? { ticketId: ticket.id, ticketNumber: ticket.number } : {}) };
  // One statement checks the account and logs the export (decision 023).
  if (!(await recordAccountView({ actor, action: "account.ledger.export", accountId, ip, metadata }))) {
    throw new AppError("NOT_FOUND", "account not found");
  }
  const encoder = new TextEncoder();
  let after: LedgerQuery["cursor"] = undefined;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page = first ?? (await readLedgerPage({ accountId, query: { ...batchQuery, cursor: after } }));
      first = null;
      const text = (headerSent ? "" : LEDGER_CSV_HEADER) + page.entries.map(ledgerCsvLine).join("");
      headerSent = true;
      controller.enqueue(encoder.encode(text));
      after = page.after ?? undefined;
      if (!after) controller.close();
    },
  }, { highWaterMark: 1 });
}
