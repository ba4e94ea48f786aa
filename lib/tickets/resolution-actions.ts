/** What an agent can record as done when resolving a ticket (Ticket.resolutionActions). */
export const RESOLUTION_ACTIONS = ["TOP_UP_ADVISED", "ACCOUNT_SECURED", "ACCOUNT_FROZEN", "ESCALATED", "GOODWILL_ADJUSTMENT"] as const;
export type ResolutionAction = (typeof RESOLUTION_ACTIONS)[number];

export const CONFIRMED_CAUSES = ["REFUND", "PROMO", "HACK", "OVERDRAFT", "OTHER"] as const;
