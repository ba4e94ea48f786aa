/** Why the new-ticket form came back instead of opening a ticket (each has a sentence in messages/<locale>/tickets.json). */
export const TICKET_FORM_PROBLEMS = ["message.required", "message.tooLong", "contact.format", "contact.required", "rateLimited", "rateLimitedAccount", "inProgress", "keyReused", "staff"] as const;
export type TicketFormProblem = (typeof TICKET_FORM_PROBLEMS)[number];

/**
 * What the form shows after a send that did not open a ticket: the problem, and everything that
 * was typed (with the form's idempotency key, so sending again cannot open a second ticket).
 */
export type TicketFormState = {
  problem: TicketFormProblem | null;
  retryMinutes?: number;
  draft: { message: string; contact: string; key: string };
};
