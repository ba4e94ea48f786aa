import type { TicketPriority } from "@/generated/prisma/enums";

/**
 * Pure: where someone goes after opening a ticket from the form (the server action and a plain
 * form post to POST /api/tickets both send them here). A signed-in user sees the ticket itself;
 * someone without a session sees the confirmation on the form's page, told the URGENT
 * first-response time when the ticket is urgent. `urgent=1` only chooses a sentence that is the
 * same for every urgent ticket, so a hand-made URL learns nothing about any ticket; `verified=1`
 * likewise only adds "replies come by SMS" for a reporter who proved their phone.
 */
export function ticketConfirmationPath({ number, priority, isSignedIn, contactVerified = false }: { number: number; priority: TicketPriority; isSignedIn: boolean; contactVerified?: boolean }): string {
  if (isSignedIn) return `/tickets/${number}?created=1`;
  return `/tickets/new?sent=${number}${priority === "URGENT" ? "&urgent=1" : ""}${contactVerified ? "&verified=1" : ""}`;
}
