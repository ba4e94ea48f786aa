import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { endSession } from "@/lib/auth/end-session";
import { expireSessionCookies } from "@/lib/auth/session-cookie";
import { readRequestToken } from "@/lib/authz";
import { apiRoute } from "@/lib/http/api-route";

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
  return expireSessionCookies(request, new NextResponse(null, { status: 303, headers: { Location: "/" } }));
});
