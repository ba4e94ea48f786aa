import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { clientIp } from "@/lib/auth/client-ip";
import { endSession } from "@/lib/auth/end-session";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { readRequestSession } from "@/lib/authz";
import { apiError, jsonResponse } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";

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
    const [action = ""] = (await context.params).nextauth;
    // Our providers are credentials forms: their callback only takes the POSTed form.
    if (method === "GET" && action === "callback") {
      return apiError(405, "method_not_allowed", "Sign in by POSTing the sign-in form to this address.", { headers: { Allow: "POST" } });
    }
    if (!ACTIONS[method].has(action)) return apiError(404, "not_found", `There is no ${method} /api/auth/${action}.`);
    if (action === "session") {
      // next-auth only decodes the token; a revoked one (signed out, new password…) is no session.
      const { token, user } = await readRequestSession(request);
      if (token && !user) return jsonResponse({});
    }
    if (method === "POST" && action === "signout") return signOut(request, context);
    return nextAuth(request, context);
  });
}

/** next-auth's sign-out (next-auth/react's signOut()): it checks the CSRF token and clears the cookie; we end the session. */
async function signOut(request: NextRequest, context: RouteContext): Promise<Response> {
  const { token } = await readRequestSession(request);
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
