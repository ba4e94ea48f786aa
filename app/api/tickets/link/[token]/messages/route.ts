import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { rateLimitedResponse } from "@/lib/http/limit-write";
import { readJsonOrForm } from "@/lib/http/read-json-or-form";
import { replyLinkPath } from "@/lib/tickets/send-reply-sms";
import { submitLinkReply } from "@/lib/tickets/submit-link-reply";
import { TICKET_ISSUE_TEXT } from "@/lib/tickets/ticket-input";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

/**
 * A reporter's answer through an SMS reply link (decision 035), as JSON or a plain form post (a
 * 303 back to the link's page). 201 `{ status }`; 404 for a link the portal did not sign; 410
 * when it expired or the ticket closed; 422 for an empty or too long message; 429 past
 * WRITE_LIMITS.linkReply for the ticket.
 */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const { token } = await params;
  const body = await readJsonOrForm(request, 16 * 1024);
  if (body instanceof Response) return body;
  const outcome = await submitLinkReply({ token, body: body.value });
  const back = (query: string) => new Response(null, { status: 303, headers: { Location: `${replyLinkPath(token)}?${query}` } });
  switch (outcome.kind) {
    case "not_found":
      return apiError(404, "not_found", "No such link.");
    case "gone":
      if (!body.isJson) return back("error=closed");
      return apiError(410, outcome.reason === "expired" ? "link_expired" : "ticket_closed", outcome.reason === "expired" ? `This link to ticket #${outcome.number} has expired.` : `Ticket #${outcome.number} is closed: open a new ticket.`, { number: outcome.number });
    case "invalid": {
      const [issue] = outcome.issues;
      if (!body.isJson) return back(`error=${issue!.code}`);
      const errors = [{ path: issue!.path, message: TICKET_ISSUE_TEXT[issue!.code]!, code: issue!.code }];
      return apiError(422, "invalid_input", `${issue!.path}: ${errors[0]!.message}`, { errors });
    }
    case "rate_limited":
      if (!body.isJson) return back("error=rateLimited");
      return rateLimitedResponse(outcome.retryAfterSeconds, "Too many answers through this link");
    case "sent":
      if (!body.isJson) return back("sent=1#latest");
      return jsonResponse({ number: outcome.number, status: outcome.status }, { status: 201 });
  }
});
