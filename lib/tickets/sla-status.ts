export type SlaClock = {
  status: string;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstResponseAt: Date | null;
  slaPausedAt: Date | null;
};

/** What the queue shows for a ticket's SLA: the next deadline that matters and how far off it is. */
export type SlaStatus =
  | { kind: "none" }
  | { kind: "paused" }
  | { kind: "running" | "breached"; target: "firstResponse" | "resolution"; dueAt: Date; msLeft: number };

/**
 * Pure: the deadline that applies now. A resolved or closed ticket has none; one waiting on the
 * customer is paused. Before the first public reply the first-response deadline counts, after it
 * the resolution deadline. msLeft is negative once breached.
 */
export function slaStatus(ticket: SlaClock, now: Date): SlaStatus {
  if (ticket.status === "RESOLVED" || ticket.status === "CLOSED") return { kind: "none" };
  if (ticket.slaPausedAt) return { kind: "paused" };
  const target = !ticket.firstResponseAt && ticket.firstResponseDueAt ? "firstResponse" : "resolution";
  const dueAt = target === "firstResponse" ? ticket.firstResponseDueAt : ticket.resolutionDueAt;
  if (!dueAt) return { kind: "none" };
  const msLeft = dueAt.getTime() - now.getTime();
  return { kind: msLeft < 0 ? "breached" : "running", target, dueAt, msLeft };
}

/**
 * Pure: the due times after a pause ends (the customer answered). The time spent waiting on the
 * customer does not count against the desk, so open deadlines move back by the pause.
 */
export function resumeSla(ticket: SlaClock, now: Date): { resolutionDueAt: Date | null; firstResponseDueAt: Date | null } {
  if (!ticket.slaPausedAt) return { resolutionDueAt: ticket.resolutionDueAt, firstResponseDueAt: ticket.firstResponseDueAt };
  const paused = Math.max(0, now.getTime() - ticket.slaPausedAt.getTime());
  const shift = (date: Date | null) => (date ? new Date(date.getTime() + paused) : null);
  return {
    resolutionDueAt: shift(ticket.resolutionDueAt),
    firstResponseDueAt: ticket.firstResponseAt ? ticket.firstResponseDueAt : shift(ticket.firstResponseDueAt),
  };
}
