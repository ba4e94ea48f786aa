import type { QueueTicket } from "./list-ticket-queue";
import { slaStatus } from "./sla-status";

/**
 * Pure: one ticket as the agent API answers it, the same in the queue (`GET /api/agent/tickets`)
 * and for one ticket (`GET /api/agent/tickets/{number}`, which adds to it). Times are ISO 8601.
 */
export function agentTicketItem(ticket: QueueTicket, now: Date) {
  const sla = slaStatus(ticket, now);
  return {
    number: ticket.number, subject: ticket.subject, status: ticket.status, priority: ticket.priority, cause: ticket.cause, accountId: ticket.accountId,
    assignee: ticket.assignee, createdAt: ticket.createdAt.toISOString(), updatedAt: ticket.updatedAt.toISOString(),
    firstResponseDueAt: ticket.firstResponseDueAt?.toISOString() ?? null, resolutionDueAt: ticket.resolutionDueAt?.toISOString() ?? null,
    slaBreached: ticket.slaBreachedAt !== null || sla.kind === "breached",
    sla: sla.kind === "running" || sla.kind === "breached" ? { state: sla.kind, target: sla.target, dueAt: sla.dueAt.toISOString(), msLeft: sla.msLeft } : { state: sla.kind },
  };
}
