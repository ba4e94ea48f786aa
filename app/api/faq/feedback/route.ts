import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { AppError } from "@/lib/errors/app-error";
import { isDatabaseUnavailable } from "@/lib/errors/database-unavailable";
import { apiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { isFormRequest, isJsonRequest } from "@/lib/http/content-type";
import { limitWrite, rateLimitedResponse } from "@/lib/http/limit-write";
import { consumeRateLimit } from "@/lib/http/rate-limit";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readJsonOrForm } from "@/lib/http/read-json-or-form";
import { usesSecureCookies } from "@/lib/http/secure-cookies";
import { feedbackAnswer, type FeedbackAnswer } from "@/lib/help/feedback-answer";
import { feedbackReturnPath } from "@/lib/help/feedback-return-path";
import { feedbackInput, type FeedbackInput } from "@/lib/help/help-schemas";
import { recordFeedback } from "@/lib/help/record-feedback";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 8 * 1024;
/** A form encodes each Chinese character in 9 bytes: a 1,000-character comment is about 9 KB. */
const MAX_FORM_BYTES = 16 * 1024;
/** Anonymous id of a browser, only for "one vote per visitor per article". */
const VISITOR_COOKIE = "faq-visitor";
const VISITOR_PATTERN = /^[0-9a-f-]{36}$/;
const FEEDBACK_RATE = { limit: 20, windowMs: 60_000 };

/**
 * Public: POST /api/faq/feedback `{ slug, locale, isHelpful, comment? }` → `{ recorded }`.
 * Throttled per client address in PostgreSQL; a repeated vote answers `recorded: false`. A vote
 * without the visitor cookie is a new voter each time, so those are also limited per address
 * (decision 029). The article page's form (no JavaScript) sends the same fields as a form and
 * gets a 303 back to the article, at the answer (decision 039).
 */
export const POST = apiRoute(async (request) => {
  if (isFormRequest(request)) return answerForm(request);
  if (!isJsonRequest(request)) return apiError(415, "unsupported_media_type", "Send the feedback as JSON (Content-Type application/json) or as a form.");
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  const parsed = feedbackInput.safeParse(body.value);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "(root)", message: issue.message }));
    return apiError(422, "invalid_input", `${errors[0]!.path}: ${errors[0]!.message}`, { errors });
  }
  const sent = await limitAndRecord(request, parsed.data);
  if (!sent.ok) return rateLimitedResponse(sent.retryAfterSeconds, sent.what);
  return rememberVisitor(NextResponse.json(sent.outcome), request, sent.visitorId);
});

/**
 * The form variant: the same checks and limits, answered with a 303 to the article at the
 * answer's fragment (`/faq/{slug}#feedback-not-helpful`), never with JSON a person would see.
 * Bodies no page's form can send (over 16 KB, unreadable, a NUL in a field) keep the error shape.
 */
async function answerForm(request: NextRequest): Promise<Response> {
  const body = await readJsonOrForm(request, MAX_FORM_BYTES);
  if (body instanceof Response) return body;
  const { slug, locale, isHelpful, comment } = body.value;
  const back = (answer: FeedbackAnswer, headers: Record<string, string> = {}) =>
    new NextResponse(null, { status: 303, headers: { Location: feedbackReturnPath({ slug, answer }), ...headers } });
  const parsed = feedbackInput.safeParse({ slug, locale, comment, isHelpful: isHelpful === "true" ? true : isHelpful === "false" ? false : isHelpful });
  if (!parsed.success) return back("error");
  let sent: Awaited<ReturnType<typeof limitAndRecord>>;
  try {
    sent = await limitAndRecord(request, parsed.data);
  } catch (error) {
    // An article unpublished meanwhile, or the database away: the reader is told to try later.
    if (!(error instanceof AppError) && !isDatabaseUnavailable(error)) throw error;
    if (isDatabaseUnavailable(error)) console.error("POST /api/faq/feedback (form): the database is unreachable");
    return back("error");
  }
  if (!sent.ok) return back("throttled", { "Retry-After": String(sent.retryAfterSeconds) });
  const outcome = sent.outcome.recorded ? "recorded" : "repeated";
  return rememberVisitor(back(feedbackAnswer({ isHelpful: parsed.data.isHelpful, hasComment: Boolean(parsed.data.comment), outcome })), request, sent.visitorId);
}

type Sent = { ok: true; outcome: { recorded: boolean }; visitorId: string } | { ok: false; retryAfterSeconds: number; what: string };

/** The limits (counted for well-formed requests only: malformed ones must not use up a shared address's allowance), then the vote. */
async function limitAndRecord(request: NextRequest, input: FeedbackInput): Promise<Sent> {
  const ip = clientIp(request.headers);
  const rate = await consumeRateLimit({ key: `faq-feedback:${ip}`, rule: FEEDBACK_RATE });
  if (!rate.ok) return { ok: false, retryAfterSeconds: rate.retryAfterSeconds, what: "Too much feedback in a minute" };
  const known = knownVisitor(request);
  if (!known) {
    const newVoter = await limitWrite({ kind: "feedbackNewVisitor", subject: ip });
    if (!newVoter.ok) return { ok: false, retryAfterSeconds: newVoter.retryAfterSeconds, what: "Too much feedback from new visitors at this address" };
  }
  const visitorId = known ?? randomUUID();
  return { ok: true, outcome: await recordFeedback({ ...input, visitorId }), visitorId };
}

function knownVisitor(request: NextRequest): string | null {
  const value = request.cookies.get(VISITOR_COOKIE)?.value;
  return value !== undefined && VISITOR_PATTERN.test(value) ? value : null;
}

function rememberVisitor(response: NextResponse, request: NextRequest, visitorId: string): NextResponse {
  if (visitorId !== knownVisitor(request)) {
    response.cookies.set(VISITOR_COOKIE, visitorId, { path: "/api/faq", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true, secure: usesSecureCookies() });
  }
  return response;
}
