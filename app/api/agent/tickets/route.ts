import { listTicketQueue } from "@/lib/tickets/list-ticket-queue";
import { ticketQueueQuery } from "@/lib/tickets/ticket-queue-query";
import { agentTicketItem } from "@/lib/tickets/agent-ticket-item";
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
    tickets: page.tickets.map((ticket) => agentTicketItem(ticket, now)),
    nextCursor: page.nextCursor,
  });
});
