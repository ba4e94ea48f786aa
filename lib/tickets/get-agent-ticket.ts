import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { loadAccountHistory } from "@/lib/accounts/load-account-history";
import { unauthorizedDebitRows } from "@/lib/accounts/unauthorized-debit-rows";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import { AppError } from "@/lib/errors/app-error";
import { recordTicketView } from "./record-ticket-view";

/**
 * Everything the agent's ticket page shows about the ticket itself (the customer panel comes
 * from the account): conversation with internal notes, event history, assignee. One access-log
 * row per view.
 */
export async function getAgentTicket({ actor, number, ip }: { actor: SessionUser | null; number: number; ip?: string | null }) {
  assertCan(actor, "tickets.view");
  const ticket = await db.ticket.findUnique({
    where: { number },
    select: {
      id: true, number: true, subject: true, status: true, priority: true, cause: true, resolution: true, resolutionActions: true, version: true,
      createdAt: true, resolvedAt: true, contact: true, contactVerifiedAt: true, verified: true, firstResponseDueAt: true, resolutionDueAt: true, firstResponseAt: true, slaPausedAt: true, slaBreachedAt: true,
      wizardSession: { select: { steps: true, treeVersion: true, resultId: true } },
      assignee: { select: { id: true, name: true } },
      requester: { select: { name: true } },
      account: { select: { id: true, ownerName: true, phoneMasked: true, status: true, twoFactorEnabled: true, balanceMinor: true, currency: true, locale: true } },
      messages: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, visibility: true, createdAt: true, author: { select: { name: true, role: true } } } },
      events: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, data: true, createdAt: true, actor: { select: { name: true } } } },
    },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  await recordTicketView({ actor, ticket: { id: ticket.id, number, accountId: ticket.account?.id ?? null }, ip });
  // The customer panel's diagnosis is today's, not the one stored when the ticket was opened.
  const history = ticket.account ? await loadAccountHistory({ accountId: ticket.account.id }) : null;
  const currentDiagnosis = history ? diagnoseAccount(history) : null;
  // The Diagnosis names unauthorized debits by entry id; the panel says what kind each one was.
  const currentUnauthorizedDebits = history && currentDiagnosis ? unauthorizedDebitRows(currentDiagnosis, history.entries) : [];
  return { ...ticket, currentDiagnosis, currentUnauthorizedDebits };
}
