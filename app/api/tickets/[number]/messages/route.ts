import { NextResponse } from "next/server";
import { authorizeApi } from "@/lib/authz";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { rateLimitedResponse } from "@/lib/http/limit-write";
import { readJsonOrForm } from "@/lib/http/read-json-or-form";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";
import { submitCustomerReply } from "@/lib/tickets/submit-customer-reply";
import { TICKET_ISSUE_TEXT } from "@/lib/tickets/ticket-input";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ number: string }> };

/** The customer's reply on their own ticket (reopens it when it waited on them or was resolved); limited per user (decision 029). */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const auth = await authorizeApi(request, { roles: ["WALLET_USER"] });
  if (auth instanceof NextResponse) return auth;
  const number = parseTicketNumber((await params).number);
  if (number === null) return apiError(404, "not_found", "No such ticket.");
  const body = await readJsonOrForm(request, 16 * 1024);
  if (body instanceof Response) return body;
  const outcome = await submitCustomerReply({ actor: auth, number, body: body.value });
  if (outcome.kind === "invalid") {
    const [issue] = outcome.issues;
    if (!body.isJson) return new Response(null, { status: 303, headers: { Location: `/tickets/${number}?error=${issue!.code}` } });
    const errors = [{ path: issue!.path, message: TICKET_ISSUE_TEXT[issue!.code]!, code: issue!.code }];
    return apiError(422, "invalid_input", `${issue!.path}: ${errors[0]!.message}`, { errors });
  }
  if (outcome.kind === "rate_limited") {
    if (!body.isJson) return new Response(null, { status: 303, headers: { Location: `/tickets/${number}?error=rateLimited` } });
    return rateLimitedResponse(outcome.retryAfterSeconds, "Too many replies from this account");
  }
  if (!body.isJson) return new Response(null, { status: 303, headers: { Location: `/tickets/${number}#latest` } });
  return jsonResponse({ status: outcome.status }, { status: 201 });
});
