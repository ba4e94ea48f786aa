import { NextResponse } from "next/server";
import { authorizeApi } from "@/lib/authz";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { getOwnTicket } from "@/lib/tickets/get-own-ticket";
import { parseTicketNumber } from "@/lib/tickets/parse-ticket-number";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ number: string }> };

/** One of the caller's own tickets with its public messages; anyone else's is 404. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const auth = await authorizeApi(request, { roles: ["WALLET_USER"] });
  if (auth instanceof NextResponse) return auth;
  const number = parseTicketNumber((await params).number);
  if (number === null) return apiError(404, "not_found", "No such ticket.");
  return jsonResponse({ ticket: await getOwnTicket({ actor: auth, number }) });
});

/** Replies and closing live below the ticket (/messages, /close): this address only reads. */
export const POST = apiRoute(methodNotAllowed(["GET"]));
