import { apiError, jsonResponse } from "@/lib/http/api-error";
import { agentApi } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { agentTicketItem } from "@/lib/tickets/agent-ticket-item";
import { getAgentTicketSummary } from "@/lib/tickets/get-agent-ticket-summary";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { ticketContact } from "@/lib/tickets/ticket-contact";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ number: string }> };

/**
 * Staff: one ticket, with who opened it and, for someone who could not sign in, the contact they
 * left (in full: agents call back on it). One access-log row (`ticket.view`) per answer.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  const number = parseTicketNumber((await params).number);
  if (number === null) return apiError(404, "not_found", "No ticket has this number.");
  const ticket = await getAgentTicketSummary({ actor: gate.user, number, ip: gate.ip });
  return jsonResponse({ ...agentTicketItem(ticket, new Date()), version: ticket.version, requester: ticket.requester, contact: ticketContact(ticket) });
});

/** Claiming and assigning live below the ticket (/claim, /assign): this address only reads. */
export const POST = apiRoute(methodNotAllowed(["GET"]));
