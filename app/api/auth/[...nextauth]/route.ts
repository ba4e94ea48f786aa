import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { clientIp } from "@/lib/auth/client-ip";
import { endSession } from "@/lib/auth/end-session";
import { capSessionCookies, expireSessionCookies, sessionCookieName } from "@/lib/auth/session-cookie";
import { sessionEndsAtMs } from "@/lib/auth/session-lifetime";
import { readRequestSession, readRequestToken } from "@/lib/authz";
import { NO_STORE, apiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";
import { isFormRequest, isJsonRequest } from "@/lib/http/content-type";
import { readRequestBody } from "@/lib/http/read-body";

/** A sign-in form or next-auth's session update; nothing bigger is ours. */
const MAX_BODY_BYTES = 64 * 1024;

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth 4 types its App Router handler as `any`.
const nextAuth = NextAuth(authOptions) as (request: NextRequest, context: RouteContext) => Promise<Response>;

// What next-auth 4 answers per method; anything else is a 404 in our error shape, not its text page.
const ACTIONS: Record<"GET" | "POST", ReadonlySet<string>> = {
  GET: new Set(["providers", "session", "csrf", "signin", "signout", "callback", "verify-request", "error", "_log"]),
  POST: new Set(["signin", "signout", "callback", "session", "_log"]),
};

function route(method: "GET" | "POST") {
  return apiRoute<RouteContext>(async (request, context) => {
    const [action = "", detail] = (await context.params).nextauth;
    // Our providers are credentials forms: their callback only takes the POSTed form.
    if (method === "GET" && action === "callback") {
      return apiError(405, "method_not_allowed", "Sign in by POSTing the sign-in form to this address.", { headers: { Allow: "POST" } });
    }
    if (!ACTIONS[method].has(action)) return apiError(404, "not_found", `There is no ${method} /api/auth/${action}.`);
    // next-auth puts `?error=` into its redirect unencoded, so a control character in it was a
    // 500 (a header value Node refuses). Its codes are words; anything else is its "Default".
    if (method === "GET" && action === "error") return errorPageRedirect(request.nextUrl.searchParams.get("error") ?? detail ?? "");
    let sessionEnd: number | null = null;
    if (action === "session") {
      // next-auth only decodes the token; a revoked one (signed out, new password…) or one past
      // its 8 hours is no session, and its cookie goes (decision 028).
      const { token, user } = await readRequestSession(request);
      if (token && !user) return expireSessionCookies(request, NextResponse.json({}, { headers: NO_STORE }));
      sessionEnd = sessionEndsAtMs(token);
    }
    // next-auth re-issues the cookie for another 8 hours: it may not outlive the session.
    const capped = (response: Response) => (sessionEnd === null ? response : capSessionCookies(response, { endsAtMs: sessionEnd, nowMs: Date.now() }));
    if (method === "GET") return inOurShape(capped(await nextAuth(request, context)));
    const checked = await checkedPost(request);
    if (checked instanceof Response) return checked;
    if (action === "signout") return inOurShape(await signOut(checked, context));
    return inOurShape(capped(await nextAuth(checked, context)));
  });
}

/** next-auth's error page (code from `?error=` or the path, as next-auth reads it) is our sign-in page with the code. */
function errorPageRedirect(given: string): Response {
  const code = /^[A-Za-z]{1,64}$/.test(given) ? given : "Default";
  return new Response(null, { status: 302, headers: { location: `${authOptions.pages!.error}?error=${code}`, "cache-control": "no-store" } });
}

/**
 * next-auth parses POST bodies itself and fails with a 500 on broken JSON; next-auth/react
 * sends forms (sign-in, sign-out) and JSON (session update). Anything else is refused here,
 * and the body is read once, with a limit, and handed on.
 */
async function checkedPost(request: NextRequest): Promise<NextRequest | Response> {
  const isJson = isJsonRequest(request);
  if (!isJson && !isFormRequest(request)) {
    return apiError(415, "unsupported_media_type", "Send a form (application/x-www-form-urlencoded) or JSON.");
  }
  const read = await readRequestBody(request, MAX_BODY_BYTES);
  if (!read.ok) return apiError(413, "too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes.`, { maxBytes: MAX_BODY_BYTES });
  const text = new TextDecoder().decode(read.bytes);
  if (isJson) {
    try {
      JSON.parse(text);
    } catch (error) {
      return apiError(400, "invalid_json", `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: text });
}

/**
 * next-auth answers refusals with its own bodies: `{ url }` for a failed sign-in (next-auth/react
 * reads the reason from that URL, so it stays), `{}` or a line of text otherwise. Each 4xx gets
 * our error shape added; status, headers and cookies stay as next-auth set them.
 */
async function inOurShape(response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const text = await response.clone().text();
  if (response.status >= 500) {
    console.error("next-auth failed", response.status, text.slice(0, 500));
    return apiError(500, "internal", "Something went wrong on our side; it has been logged. Try again in a moment.");
  }
  let body: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
  } catch {
    // A line of text: replaced by our shape.
  }
  if (typeof body.error === "string" && typeof body.message === "string") return response;
  const refusal =
    response.status === 401
      ? { error: "sign_in_failed", message: "The sign-in was refused; the reason is the `error` parameter of `url`." }
      : { error: "bad_request", message: "The sign-in service refused this request (a missing or stale CSRF token, or an unsupported action)." };
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  return new Response(JSON.stringify({ ...body, ...refusal }), { status: response.status, headers });
}

/** next-auth's sign-out (next-auth/react's signOut()): it checks the CSRF token and clears the cookie; we end the session. */
async function signOut(request: NextRequest, context: RouteContext): Promise<Response> {
  const token = await readRequestToken(request);
  const response = await nextAuth(request, context);
  if (token?.user && clearsSessionCookie(response)) {
    await endSession({ user: token.user, sessionVersion: token.sessionVersion, ip: clientIp(request.headers) });
  }
  return response;
}

function clearsSessionCookie(response: Response): boolean {
  const name = sessionCookieName();
  return response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${name}=`) && /;\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(cookie));
}

export const GET = route("GET");
export const POST = route("POST");
