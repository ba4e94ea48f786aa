import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { openReplyLink } from "@/lib/tickets/open-reply-link";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

/**
 * The ticket behind an SMS reply link, as its reporter sees it (public messages only; decision
 * 035). No session: the token is the credential. A link the portal did not sign is 404; a real
 * one that expired or whose ticket closed is 410 `link_expired` / `ticket_closed`.
 */
export const GET = apiRoute<Context>(async (_request, { params }) => {
  const link = await openReplyLink((await params).token);
  if (link.kind === "not_found") return apiError(404, "not_found", "No such link.");
  if (link.kind === "expired") return apiError(410, "link_expired", `This link to ticket #${link.number} has expired: each reply from support brings a new one.`, { number: link.number });
  if (link.kind === "closed") return apiError(410, "ticket_closed", `Ticket #${link.number} is closed: open a new ticket.`, { number: link.number });
  return jsonResponse({ ticket: link.ticket, expiresAt: link.expiresAt.toISOString() }, { headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
});

/** Answers go to /messages below: this address only reads. */
export const POST = apiRoute(methodNotAllowed(["GET"]));
