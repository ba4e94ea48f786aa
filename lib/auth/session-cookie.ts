import type { NextRequest, NextResponse } from "next/server";
import { isSessionCookieName } from "@/lib/auth/session-hint";
import { capSetCookie } from "@/lib/auth/session-lifetime";
import { usesSecureCookies } from "@/lib/http/secure-cookies";

/**
 * next-auth v4's session cookie name: the `__Secure-` prefix goes with a Secure cookie, which
 * the portal uses exactly when NEXTAUTH_URL is https (authOptions.useSecureCookies, the same
 * rule getToken() follows).
 */
export function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** A response whose re-issued session cookie (whole or in chunks) ends no later than `endsAtMs` (decision 028). */
export function capSessionCookies(response: Response, options: { endsAtMs: number; nowMs: number }): Response {
  const name = sessionCookieName();
  const lines = response.headers.getSetCookie();
  const isSession = (line: string) => isSessionCookieName(line.slice(0, line.indexOf("=")), name);
  if (!lines.some(isSession)) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const line of lines) headers.append("set-cookie", isSession(line) ? capSetCookie(line, options.endsAtMs, options.nowMs) : line);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** An answer that expires every session cookie chunk the request carried. */
export function expireSessionCookies(request: NextRequest, response: NextResponse): NextResponse {
  const name = sessionCookieName();
  for (const cookie of request.cookies.getAll()) {
    if (isSessionCookieName(cookie.name, name)) {
      response.cookies.set(cookie.name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: usesSecureCookies() });
    }
  }
  return response;
}
