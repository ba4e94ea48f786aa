import "server-only";
import type { Cause } from "@/generated/prisma/enums";
import { loadAccountHistory } from "@/lib/accounts/load-account-history";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { diagnoseAccount } from "@/lib/diagnosis/diagnose-account";
import { AppError } from "@/lib/errors/app-error";
import { refuseIfClaimedByOther } from "./claimed-ticket-guard";
import { offersTopUp } from "./offers-top-up";
import type { ResolutionAction } from "./resolution-actions";

/** The refusal's `reason` (and the page's notice) when TOP_UP_ADVISED is recorded for a customer asked for no top-up. */
export const TOP_UP_NOT_OFFERED = "top_up_not_offered";

type Options = {
  actor: SessionUser | null;
  number: number;
  cause: Cause;
  actions: ResolutionAction[];
  /** What the customer reads on their ticket: posted as a PUBLIC message. */
  publicOutcome: string;
  version: number;
  ip?: string | null;
};

/**
 * Records the confirmed cause and what was done, posts the outcome to the customer, and marks
 * the ticket RESOLVED, in one transaction. A ticket that changed since the agent looked is a
 * CONFLICT (nothing written; the form keeps what was typed), and so is a ticket someone else has
 * claimed (`ticket_claimed`), unless the actor may override claims. TOP_UP_ADVISED is refused
 * (BAD_REQUEST on `actions`, `top_up_not_offered`) when today's diagnosis of the ticket's account
 * asks for no top-up (`offersTopUp`, the rule the ticket page offers it by): a deficit that is all
 * unauthorized debits is investigated, not paid by the victim.
 */
export async function resolveTicket({ actor, number, cause, actions, publicOutcome, version, ip }: Options) {
  assertCan(actor, "tickets.resolve");
  // Read outside the writing transaction: a long history can take longer than it may stay open.
  const isTopUpOffered = actions.includes("TOP_UP_ADVISED") ? await isTopUpOfferedFor(number) : true;
  return db.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { number }, select: { id: true, accountId: true, status: true, firstResponseAt: true, assignee: { select: { id: true, name: true } } } });
    if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
    refuseIfClaimedByOther(actor, ticket.assignee);
    if (ticket.status === "RESOLVED" || ticket.status === "CLOSED") throw new AppError("CONFLICT", "This ticket is already resolved.");
    if (!isTopUpOffered) {
      throw new AppError("BAD_REQUEST", "actions: TOP_UP_ADVISED cannot be recorded: today's diagnosis asks this customer for no top-up (a deficit that is all unauthorized debits is under investigation, or there is no deficit).", { field: "actions", reason: TOP_UP_NOT_OFFERED });
    }
    const now = new Date();
    const { count } = await tx.ticket.updateMany({
      where: { id: ticket.id, version },
      data: {
        status: "RESOLVED", cause, resolutionActions: actions, resolution: publicOutcome, resolvedAt: now, slaPausedAt: null,
        firstResponseAt: ticket.firstResponseAt ?? now, version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "The ticket changed since you opened it: check what changed, then resolve again.");
    const message = await tx.ticketMessage.create({ data: { ticketId: ticket.id, authorId: actor.id, visibility: "PUBLIC", body: publicOutcome }, select: { id: true } });
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.id, type: "RESOLVED", data: { cause, actions, messageId: message.id } } });
    await recordAudit({ client: tx, actor, action: "ticket.resolve", targetType: "Ticket", targetId: ticket.id, accountId: ticket.accountId, ip, metadata: { cause, actions } });
    return { version: version + 1 };
  });
}

/** Today's diagnosis of the ticket's account, read as the ticket page reads it (getAgentTicket). */
async function isTopUpOfferedFor(number: number): Promise<boolean> {
  const ticket = await db.ticket.findUnique({ where: { number }, select: { accountId: true } });
  const history = ticket?.accountId ? await loadAccountHistory({ accountId: ticket.accountId }) : null;
  return offersTopUp(history ? diagnoseAccount(history) : null);
}
