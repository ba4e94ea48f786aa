import "server-only";
import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { STAFF_ROLES, type SessionUser } from "@/lib/auth/session-user";
import { authorizeApi } from "@/lib/authz";
import { apiError } from "./api-error";
import { consumeRateLimit } from "./rate-limit";

/** Calls per staff member per minute on /api/agent (AGENT_API_RATE_LIMIT, counted in PostgreSQL). */
export function agentApiRule() {
  return { limit: Number(process.env.AGENT_API_RATE_LIMIT ?? 600), windowMs: 60_000 };
}

/**
 * The start of every /api/agent handler: a staff session (401 / 403 otherwise) within its rate
 * limit (429). The permission itself is checked again by the lib/ function that reads the data.
 */
export async function agentApi(request: Request): Promise<{ ok: true; user: SessionUser; ip: string } | { ok: false; response: Response }> {
  const auth = await authorizeApi(request, { roles: STAFF_ROLES });
  if (auth instanceof NextResponse) return { ok: false, response: auth };
  const rate = await consumeRateLimit({ key: `agent-api:${auth.id}`, rule: agentApiRule() });
  if (!rate.ok) {
    return { ok: false, response: apiError(429, "rate_limited", `Too many requests: try again in ${rate.retryAfterSeconds} s.`, { retryAfterSeconds: rate.retryAfterSeconds, headers: { "Retry-After": String(rate.retryAfterSeconds) } }) };
  }
  return { ok: true, user: auth, ip: clientIp(request.headers) };
}

/** 400 naming the query parameters that failed their schema: the first in the message, all in `errors` (`{ path, message }`). */
export function badQuery(errors: { path: string; message: string }[]): Response {
  const first = errors[0];
  const message = first ? `${first.path}: ${first.message}` : "Some query parameters are not valid.";
  return apiError(400, "invalid_input", message, { errors: errors.map(({ path, message }) => ({ path, message })) });
}
