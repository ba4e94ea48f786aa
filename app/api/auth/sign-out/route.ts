import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { endSession } from "@/lib/auth/end-session";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { isSessionCookieName } from "@/lib/auth/session-hint";
import { readRequestToken } from "@/lib/authz";
import { apiRoute } from "@/lib/http/api-route";
import { usesSecureCookies } from "@/lib/http/secure-cookies";

/**
 * Sign-out as a plain form POST, for a click that lands before the page has hydrated (slow
 * phones) or without JavaScript. With JavaScript the button uses next-auth's signOut(), which
 * ends the session the same way (app/api/auth/[...nextauth]/route.ts). apiRoute refuses
 * cross-site calls, so no other site can sign people out.
 */
export const POST = apiRoute(async (request) => {
  const token = await readRequestToken(request);
  if (token?.user) await endSession({ user: token.user, sessionVersion: token.sessionVersion, ip: clientIp(request.headers) });
  // A relative Location keeps the user on the public host even behind a proxy.
  const response = new NextResponse(null, { status: 303, headers: { Location: "/" } });
  const name = sessionCookieName();
  for (const cookie of request.cookies.getAll()) {
    if (isSessionCookieName(cookie.name, name)) {
      response.cookies.set(cookie.name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: usesSecureCookies() });
    }
  }
  return response;
});
