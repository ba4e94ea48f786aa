import { z } from "zod";
import { can } from "@/lib/auth/staff-permissions";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { agentApi } from "@/lib/http/agent-api";
import { apiRoute } from "@/lib/http/api-route";
import { readValidJsonBody } from "@/lib/http/read-valid-json-body";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";

export const dynamic = "force-dynamic";

const assignBody = z.object({
  assigneeId: z.string({ error: "a staff member's id, or null to unassign" }).min(1).max(100).nullable(),
  version: z.number({ error: "the ticket version you saw" }).int().positive().max(2_147_483_647),
});

/** Supervisors and admins: give a ticket to a staff member (409 when it changed meanwhile). */
export const POST = apiRoute<{ params: Promise<{ number: string }> }>(async (request, { params }) => {
  const gate = await agentApi(request);
  if (!gate.ok) return gate.response;
  // Refuse agents before reading their body (assignTicket checks again next to the data).
  if (!can(gate.user.role, "tickets.assign")) return apiError(403, "forbidden", "Only supervisors and admins assign tickets.");
  const number = parseTicketNumber((await params).number);
  if (number === null) return apiError(404, "not_found", "No ticket has this number.");
  const body = await readValidJsonBody(request, assignBody);
  if (!body.ok) return body.response;
  const result = await assignTicket({ actor: gate.user, number, ...body.value, ip: gate.ip });
  return jsonResponse({ number, assigneeId: body.value.assigneeId, version: result.version });
});
