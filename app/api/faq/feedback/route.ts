import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { apiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { isJsonRequest } from "@/lib/http/content-type";
import { limitWrite, rateLimitedResponse } from "@/lib/http/limit-write";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { readRequestBody } from "@/lib/http/read-body";
import { usesSecureCookies } from "@/lib/http/secure-cookies";
import { feedbackInput } from "@/lib/help/help-schemas";
import { recordFeedback } from "@/lib/help/record-feedback";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 8 * 1024;
/** Anonymous id of a browser, only for "one vote per visitor per article". */
const VISITOR_COOKIE = "faq-visitor";
const VISITOR_PATTERN = /^[0-9a-f-]{36}$/;
const FEEDBACK_RATE = { limit: 20, windowMs: 60_000 };

/**
 * Public: POST /api/faq/feedback `{ slug, locale, isHelpful, comment? }` → `{ recorded }`.
 * Throttled per client address in PostgreSQL; a repeated vote answers `recorded: false`. A vote
 * without the visitor cookie is a new voter each time, so those are also limited per address
 * (decision 029).
 */
export const POST = apiRoute(async (request) => {
  if (!isJsonRequest(request)) return apiError(415, "unsupported_media_type", "Send the feedback as JSON (Content-Type application/json).");
  const read = await readRequestBody(request, MAX_BODY_BYTES);
  if (!read.ok) return apiError(413, "too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes.`, { maxBytes: MAX_BODY_BYTES });
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    return apiError(400, "invalid_json", "The request body is not valid JSON.");
  }
  const parsed = feedbackInput.safeParse(body);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message }));
    return apiError(422, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
  }

  // Counted once the request is well-formed: malformed ones cost nothing and must not use up
  // a shared address's allowance.
  const ip = clientIp(request.headers);
  const rate = await consumeRateLimit({ key: `faq-feedback:${ip}`, rule: FEEDBACK_RATE });
  if (!rate.ok) return rateLimitedResponse(rate.retryAfterSeconds, "Too much feedback in a minute");
  const known = request.cookies.get(VISITOR_COOKIE)?.value;
  const isKnownVisitor = known !== undefined && VISITOR_PATTERN.test(known);
  if (!isKnownVisitor) {
    const newVoter = await limitWrite({ kind: "feedbackNewVisitor", subject: ip });
    if (!newVoter.ok) return rateLimitedResponse(newVoter.retryAfterSeconds, "Too much feedback from new visitors at this address");
  }
  const visitorId = isKnownVisitor ? known : randomUUID();
  const outcome = await recordFeedback({ ...parsed.data, visitorId });
  const response = NextResponse.json(outcome);
  if (visitorId !== known) {
    response.cookies.set(VISITOR_COOKIE, visitorId, { path: "/api/faq", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true, secure: usesSecureCookies() });
  }
  return response;
});
