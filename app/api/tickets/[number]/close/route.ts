import { NextResponse } from "next/server";
import { authorizeApi } from "@/lib/authz";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { isFormRequest } from "@/lib/http/content-type";
import { closeOwnTicket } from "@/lib/tickets/close-own-ticket";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ number: string }> };

/** The customer closes their own ticket. The portal's button is a form (303 back to the ticket). */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const auth = await authorizeApi(request, { roles: ["WALLET_USER"] });
  if (auth instanceof NextResponse) return auth;
  const number = parseTicketNumber((await params).number);
  if (number === null) return apiError(404, "not_found", "No such ticket.");
  await closeOwnTicket({ actor: auth, number });
  if (isFormRequest(request)) return new Response(null, { status: 303, headers: { Location: `/tickets/${number}` } });
  return jsonResponse({ status: "CLOSED" });
});
