import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/staff-permissions";
import { AppError } from "@/lib/errors/app-error";

/** The API's code and the pages' notice when a claimed ticket is not the caller's to change. */
export const TICKET_CLAIMED = "ticket_claimed";

/** The refusal, carrying who holds the ticket so a page can name them without reading the message. */
export class TicketClaimedError extends AppError {
  constructor(readonly holder: string) {
    super("CONFLICT", `${holder} has claimed this ticket: only they or a supervisor can change its status or resolve it.`, { reason: TICKET_CLAIMED });
  }
}

/**
 * A claimed ticket is its holder's: anyone else's status change, resolution or reassignment is
 * refused (CONFLICT `ticket_claimed`, nothing written), unless their role may override a claim
 * (`tickets.override` in the one permission table). Call it on the row read in the
 * writing transaction; the version check there catches a claim made after that read.
 */
export function refuseIfClaimedByOther(actor: SessionUser, assignee: { id: string; name: string } | null): void {
  if (!assignee || assignee.id === actor.id || can(actor.role, "tickets.override")) return;
  throw new TicketClaimedError(assignee.name);
}
