import { listTicketQueue } from "@/lib/tickets/list-ticket-queue";
import { ticketQueueQuery } from "@/lib/tickets/ticket-queue-query";
import { slaStatus } from "@/lib/tickets/sla-status";
import { jsonResponse } from "@/lib/http/api-error";
import { agentApi, badQuery } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { parseQuery } from "@/lib/http/parse-query";

export const dynamic = "force-dynamic";

/** Staff: the ticket queue with filters, search and a keyset cursor. */
export const GET = apiRoute(async (request) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  const query = parseQuery(request.nextUrl.searchParams, ticketQueueQuery);
  if (!query.ok) return badQuery(query.errors);
  const page = await listTicketQueue({ actor: gate.user, query: query.value, ip: gate.ip });
  const now = new Date();
  return jsonResponse({
    tickets: page.tickets.map((t) => {
      const sla = slaStatus(t, now);
      return {
        number: t.number, subject: t.subject, status: t.status, priority: t.priority, cause: t.cause, accountId: t.accountId,
        assignee: t.assignee, createdAt: t.createdAt.toISOString(), updatedAt: t.updatedAt.toISOString(),
        firstResponseDueAt: t.firstResponseDueAt?.toISOString() ?? null, resolutionDueAt: t.resolutionDueAt?.toISOString() ?? null,
        slaBreached: t.slaBreachedAt !== null || sla.kind === "breached",
        sla: sla.kind === "running" || sla.kind === "breached" ? { state: sla.kind, target: sla.target, dueAt: sla.dueAt.toISOString(), msLeft: sla.msLeft } : { state: sla.kind },
      };
    }),
    nextCursor: page.nextCursor,
  });
});
