import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";

/** The access-log row of one look at one ticket, the same from the ticket page and the agent API. */
export async function recordTicketView({ actor, ticket, ip }: { actor: SessionUser; ticket: { id: string; number: number; accountId: string | null }; ip?: string | null }): Promise<void> {
  await recordAudit({ actor, action: "ticket.view", targetType: "Ticket", targetId: ticket.id, accountId: ticket.accountId, ip, metadata: { ticketNumber: ticket.number } });
}
