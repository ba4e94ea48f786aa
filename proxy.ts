import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/env";

/*
 * A first, cheap redirect only: /agent/** without a session token goes to the staff sign-in
 * page before any rendering. It never decides access on its own (CVE-2025-29927 let requests
 * skip middleware entirely): every agent page calls requireStaff() itself (lib/authz.ts).
 *
 * It also tells server code which path was requested (x-portal-pathname), so requireUser() and
 * friends can send people back to it after signing in.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-portal-pathname", `${pathname}${search}`);

  if (pathname === "/agent" || pathname.startsWith("/agent/")) {
    const token = await getToken({ req: request, secret: authSecret() });
    if (!token) {
      const signIn = new URL("/staff/signin", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Pages only: not the API (route handlers answer 401 themselves), not static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|map|txt|xml)$).*)"],
};
