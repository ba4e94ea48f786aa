import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { authorizeApi, readRequestSession } from "@/lib/authz";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { readJsonOrForm } from "@/lib/http/read-json-or-form";
import { createTicket } from "@/lib/tickets/create-ticket";
import { listOwnTickets } from "@/lib/tickets/list-own-tickets";
import { createTicketSchema, MESSAGE_MAX_LENGTH, TICKET_ISSUE_TEXT, ticketIssues } from "@/lib/tickets/ticket-input";
import { WIZARD_COOKIE } from "@/lib/wizard/wizard-token";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;
const KEY_PATTERN = /^[\w-]{8,100}$/;
/** Tickets without a session: per IP and hour (decision 015). */
const ANONYMOUS_RULE = { limit: 5, windowMs: 60 * 60 * 1000 };

/** The caller's own tickets, newest first (wallet users; staff work the queue instead). */
export const GET = apiRoute(async (request) => {
  const auth = await authorizeApi(request, { roles: ["WALLET_USER"] });
  if (auth instanceof NextResponse) return auth;
  const tickets = await listOwnTickets({ actor: auth });
  return jsonResponse({ tickets });
});

/**
 * Opens a ticket, once per Idempotency-Key (header for JSON, `idempotencyKey` field for the
 * portal's form, which then gets a 303 to the ticket). Without a session a contact is required
 * and the caller's IP is throttled.
 */
export const POST = apiRoute(async (request) => {
  const { user } = await readRequestSession(request);
  if (user && user.role !== "WALLET_USER") return apiError(403, "forbidden", "Staff accounts do not open customer tickets.");
  const body = await readJsonOrForm(request, MAX_BODY_BYTES);
  if (body instanceof Response) return body;
  const key = (body.isJson ? request.headers.get("idempotency-key") : body.value.idempotencyKey) as string | null | undefined;
  if (!key || !KEY_PATTERN.test(key)) {
    return apiError(400, "idempotency_key_required", "Send an Idempotency-Key header (8-100 letters, digits, - or _), the same one on every retry.");
  }

  const parsed = createTicketSchema.safeParse(body.value);
  const issues = parsed.success ? [] : ticketIssues(parsed.error);
  if (parsed.success && !user && !parsed.data.contact) issues.push({ path: "contact", code: "contact.required" });
  if (!parsed.success || issues.length > 0) {
    if (!body.isJson) return formRedirect(`/tickets/new?${new URLSearchParams({ ...pick(body.value, "result"), error: issues[0]!.code })}`);
    const errors = issues.map((issue) => ({ path: issue.path, message: TICKET_ISSUE_TEXT[issue.code] ?? issue.code, code: issue.code }));
    return apiError(422, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors, maxMessageLength: MESSAGE_MAX_LENGTH });
  }

  const ip = clientIp(request.headers);
  if (!user) {
    const rate = await consumeRateLimit({ key: `tickets.anonymous:${ip}`, rule: ANONYMOUS_RULE });
    if (!rate.ok) {
      if (!body.isJson) return formRedirect(`/tickets/new?${new URLSearchParams({ ...pick(body.value, "result"), error: "rateLimited" })}`);
      return apiError(429, "rate_limited", `Too many tickets from this address: try again in ${rate.retryAfterSeconds} s.`, {
        retryAfterSeconds: rate.retryAfterSeconds,
        headers: { "Retry-After": String(rate.retryAfterSeconds) },
      });
    }
  }

  const outcome = await createTicket({ actor: user, input: parsed.data, idempotencyKey: key, ip, wizardToken: request.cookies.get(WIZARD_COOKIE)?.value ?? null });
  switch (outcome.kind) {
    case "mismatch":
      return apiError(422, "idempotency_key_reused", "This Idempotency-Key was already used for a different request: use a new key for a new ticket.");
    case "in_flight":
      return apiError(409, "in_progress", "The first request with this Idempotency-Key is still running: retry in a moment.", { headers: { "Retry-After": "2" } });
    default: {
      const number = outcome.body.number as number;
      if (!body.isJson) return formRedirect(user ? `/tickets/${number}?created=1` : `/tickets/new?sent=${number}`);
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
