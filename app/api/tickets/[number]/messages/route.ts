import { NextResponse } from "next/server";
import { authorizeApi } from "@/lib/authz";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonOrForm } from "@/lib/http/read-json-or-form";
import { addCustomerReply } from "@/lib/tickets/add-customer-reply";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { replySchema, TICKET_ISSUE_TEXT, ticketIssues } from "@/lib/tickets/ticket-input";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ number: string }> };

/** The customer's reply on their own ticket (reopens it when it waited on them or was resolved). */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const auth = await authorizeApi(request, { roles: ["WALLET_USER"] });
  if (auth instanceof NextResponse) return auth;
  const number = parseTicketNumber((await params).number);
  if (number === null) return apiError(404, "not_found", "No such ticket.");
  const body = await readJsonOrForm(request, 16 * 1024);
  if (body instanceof Response) return body;
  const parsed = replySchema.safeParse(body.value);
  if (!parsed.success) {
    const [issue] = ticketIssues(parsed.error);
    if (!body.isJson) return new Response(null, { status: 303, headers: { Location: `/tickets/${number}?error=${issue!.code}` } });
    const errors = [{ path: issue!.path, message: TICKET_ISSUE_TEXT[issue!.code]!, code: issue!.code }];
    return apiError(422, "invalid_input", `${issue!.path}: ${errors[0]!.message}`, { errors });
  }
  const { status } = await addCustomerReply({ actor: auth, number, body: parsed.data.message });
  if (!body.isJson) return new Response(null, { status: 303, headers: { Location: `/tickets/${number}#latest` } });
  return jsonResponse({ status }, { status: 201 });
});
