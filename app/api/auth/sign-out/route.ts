import { getToken } from "next-auth/jwt";
import { NextResponse } from "next/server";
import { recordAudit } from "@/lib/audit/record-audit";
import { clientIp } from "@/lib/auth/client-ip";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { authSecret } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-route";

/**
 * Sign-out as a plain form POST, for a click that lands before the page has hydrated (slow
 * phones) or without JavaScript. With JavaScript the button uses next-auth's signOut() instead.
 * A JWT session lives only in its cookie, so clearing the cookie (and its chunks) ends it.
 */
// apiRoute refuses cross-site calls, so no other site can sign people out.
export const POST = apiRoute(async (request) => {
  const token = await getToken({ req: request, secret: authSecret() });
  if (token?.user) {
    await recordAudit({
      actor: { id: token.user.id, role: token.user.role },
      action: "auth.sign_out",
      targetType: "PortalUser",
      targetId: token.user.id,
      accountId: token.user.walletAccountId,
      ip: clientIp(request.headers),
    });
  }
  const response = NextResponse.redirect(new URL("/", request.url), 303);
  const name = sessionCookieName();
  for (const cookie of request.cookies.getAll()) {
    if (cookie.name === name || cookie.name.startsWith(`${name}.`)) {
      response.cookies.set(cookie.name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
    }
  }
  return response;
});
