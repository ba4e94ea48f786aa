import type { TicketPriority } from "@/generated/prisma/enums";

/**
 * SLA targets per priority, in minutes of wall-clock time (the support desk runs around the
 * clock; docs/decisions/016-sla-and-periodic-jobs.md). URGENT is for account takeovers: the
 * customer's money is still moving, so securing the account comes before anything else.
 * The only place these numbers live: the seed, ticket creation and the SLA job read them here.
 */
export const SLA_TARGETS: Record<TicketPriority, { firstResponseMinutes: number; resolutionMinutes: number }> = {
  URGENT: { firstResponseMinutes: 30, resolutionMinutes: 4 * 60 },
  HIGH: { firstResponseMinutes: 60, resolutionMinutes: 8 * 60 },
  NORMAL: { firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  LOW: { firstResponseMinutes: 8 * 60, resolutionMinutes: 72 * 60 },
};

/** Queue order when due times tie: urgent first. */
export const PRIORITY_RANK: Record<TicketPriority, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };
