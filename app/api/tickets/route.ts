import { NextResponse } from "next/server";
import type { TicketPriority } from "@/generated/prisma/enums";
import { clientIp } from "@/lib/auth/client-ip";
import { authorizeApi, readRequestSession } from "@/lib/authz";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { rateLimitedResponse } from "@/lib/http/limit-write";
import { readJsonOrForm } from "@/lib/http/read-json-or-form";
import { requestLocale } from "@/lib/i18n/request-locale";
import { listOwnTickets } from "@/lib/tickets/list-own-tickets";
import { submitTicket } from "@/lib/tickets/submit-ticket";
import { ticketConfirmationPath } from "@/lib/tickets/ticket-confirmation-path";
import { MESSAGE_MAX_LENGTH, TICKET_ISSUE_TEXT } from "@/lib/tickets/ticket-input";
import { WIZARD_COOKIE } from "@/lib/wizard/wizard-token";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;

/** The caller's own tickets, newest first (wallet users; staff work the queue instead). */
export const GET = apiRoute(async (request) => {
  const auth = await authorizeApi(request, { roles: ["WALLET_USER"] });
  if (auth instanceof NextResponse) return auth;
  const tickets = await listOwnTickets({ actor: auth });
  return jsonResponse({ tickets });
});

/**
 * Opens a ticket, once per Idempotency-Key (header for JSON, `idempotencyKey` field for the
 * portal's form, which then gets a 303 to the ticket). Without a session a contact is required;
 * tickets are limited per user, or per client address without a session (decision 029).
 */
export const POST = apiRoute(async (request) => {
  const { user } = await readRequestSession(request);
  if (user && user.role !== "WALLET_USER") return apiError(403, "forbidden", "Staff accounts do not open customer tickets.");
  const body = await readJsonOrForm(request, MAX_BODY_BYTES);
  if (body instanceof Response) return body;
  const key = body.isJson ? request.headers.get("idempotency-key") : body.value.idempotencyKey;
  const ip = clientIp(request.headers);
  const locale = requestLocale(request.cookies, request.headers.get("accept-language"));
  const outcome = await submitTicket({ actor: user, body: body.value, idempotencyKey: key, ip, wizardToken: request.cookies.get(WIZARD_COOKIE)?.value ?? null, locale });
  switch (outcome.kind) {
    case "key_required":
      return apiError(400, "idempotency_key_required", "Send an Idempotency-Key header (8-100 letters, digits, - or _), the same one on every retry.");
    case "invalid": {
      const { issues } = outcome;
      if (!body.isJson) return formRedirect(`/tickets/new?${new URLSearchParams({ ...pick(body.value, "result"), error: issues[0]!.code })}`);
      const errors = issues.map((issue) => ({ path: issue.path, message: TICKET_ISSUE_TEXT[issue.code] ?? issue.code, code: issue.code }));
      return apiError(422, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors, maxMessageLength: MESSAGE_MAX_LENGTH });
    }
    case "rate_limited":
      if (!body.isJson) return formRedirect(`/tickets/new?${new URLSearchParams({ ...pick(body.value, "result"), error: "rateLimited" })}`);
      return rateLimitedResponse(outcome.retryAfterSeconds, user ? "Too many tickets from this account" : "Too many tickets from this address");
    case "mismatch":
      return apiError(422, "idempotency_key_reused", "This Idempotency-Key was already used for a different request: use a new key for a new ticket.");
    case "in_flight":
      return apiError(409, "in_progress", "The first request with this Idempotency-Key is still running: retry in a moment.", { headers: { "Retry-After": "2" } });
    default: {
      const { number, priority, contactVerified } = outcome.body as { number: number; priority: TicketPriority; contactVerified?: boolean };
      if (!body.isJson) return formRedirect(ticketConfirmationPath({ number, priority, isSignedIn: user !== null, contactVerified }));
      return jsonResponse(outcome.body, { status: outcome.status, headers: outcome.kind === "replayed" ? { "Idempotent-Replayed": "true" } : {} });
    }
  }
});

function formRedirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}

function pick(value: Record<string, unknown>, name: string): Record<string, string> {
  return typeof value[name] === "string" ? { [name]: value[name] } : {};
}
