import { apiError, jsonResponse } from "@/lib/http/api-error";
import { agentApi } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { claimTicket } from "@/lib/tickets/claim-ticket";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";

export const dynamic = "force-dynamic";

/** Staff: take an unassigned ticket. 200 for the winner; 409 naming whoever has it. */
export const POST = apiRoute<{ params: Promise<{ number: string }> }>(async (request, { params }) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  const number = parseTicketNumber((await params).number);
  if (number === null) return apiError(404, "not_found", "No ticket has this number.");
  const result = await claimTicket({ actor: gate.user, number, ip: gate.ip });
  if (result.ok) return jsonResponse({ number, assignee: { id: gate.user.id, name: gate.user.name }, version: result.version, alreadyYours: result.alreadyYours });
  if (result.reason === "taken") return apiError(409, "already_claimed", `${result.holder.name} has this ticket already.`, { holder: result.holder });
  return apiError(409, "ticket_finished", `This ticket is ${result.status}: reopen it to work on it.`, { status: result.status });
});
