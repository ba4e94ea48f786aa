import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { isStaff } from "@/lib/auth/session-user";
import { isSessionCurrent } from "@/lib/auth/session-lifetime";
import { PATHNAME_HEADER } from "@/lib/auth/pathname-header";
import { isCrossSiteRequest } from "@/lib/http/cross-site";
import { usesSecureCookies } from "@/lib/http/secure-cookies";
import { SESSION_HINT_COOKIE, hasSessionCookie } from "@/lib/auth/session-hint";
import { authSecret } from "@/lib/env";
import { requestLocale } from "@/lib/i18n/request-locale";
import { contentSecurityPolicy, strictTransportSecurity } from "@/lib/security/content-security-policy";
import { prerenderedPage } from "@/lib/security/prerendered-page";


/*
 * Every page request passes here, for these things (and to refuse server actions posted from
 * another site with a 403, and form posts whose body is not a form with a 400, rather than
 * Next's 500):
 *
 * 1. The locale. URLs carry none (/faq), but every page lives under app/[locale]/ so that it can
 *    be prerendered once per language. The cookie, then Accept-Language, picks the language and
 *    the request is rewritten to /zh-CN/faq or /en/faq; the browser never sees the prefix
 *    (docs/decisions/006-static-public-pages.md).
 * 2. A first, cheap redirect: /agent/** without a session token goes to the staff sign-in page,
 *    /me/** (the wallet user's home) to the wallet sign-in page.
 *    It never decides access on its own (CVE-2025-29927 let requests skip middleware entirely):
 *    every agent page calls requireStaff() itself (lib/authz.ts).
 *    And someone already signed in with the right kind of account skips the sign-in page.
 * 3. The session hint cookie (lib/auth/session-hint.ts) that tells the static header whether to
 *    ask who is signed in.
 * 4. The Content-Security-Policy: hashes of Next's inline scripts for prerendered pages, a fresh
 *    nonce for pages rendered per request (docs/decisions/011-content-security-policy.md).
 */
async function isParsableForm(request: NextRequest): Promise<boolean> {
  try {
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  // A server action posted from another site: Next refuses it with a 500 ("Invalid Server
  // Actions request"); say what it is instead. The action's own authz never runs either way.
  if (request.headers.has("next-action") && isCrossSiteRequest(request)) {
    return new NextResponse("Cross-site requests cannot run actions on this site.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }

  // A multipart POST to a page is how a server action arrives without JavaScript; Next answers a
  // body it cannot parse as a form with a 500 (found by the API fuzzer: POST /api/%2e%2e is /).
  if (request.method === "POST" && /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "") && !(await isParsableForm(request))) {
    return new NextResponse("The form data could not be read: send it again from the page.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }

  const signInFirst = pathname === "/agent" || pathname.startsWith("/agent/") ? "/staff/signin" : pathname === "/me" || pathname.startsWith("/me/") ? "/signin" : null;
  if (signInFirst) {
    const token = await getToken({ req: request, secret: authSecret() });
    // A token past its 8 hours counts as none, as it does in lib/authz.ts (decision 028).
    if (!token || !isSessionCurrent(token, Date.now())) {
      const signIn = new URL(signInFirst, request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }

  const signInKind = pathname === "/signin" ? "wallet" : pathname === "/staff/signin" ? "staff" : null;
  const signedIn = hasSessionCookie(request.cookies.getAll(), sessionCookieName());
  if (signInKind && signedIn) {
    const token = await getToken({ req: request, secret: authSecret() });
    const role = isSessionCurrent(token, Date.now()) ? token?.user?.role : undefined;
    if (role && isStaff(role) === (signInKind === "staff")) {
      const target = safeCallbackUrl(request.nextUrl.searchParams.get("callbackUrl"), signInKind === "staff" ? "/agent" : "/me");
      return NextResponse.redirect(new URL(target, request.url));
    }
  }

  const locale = requestLocale(request.cookies, request.headers.get("accept-language"));
  const target = request.nextUrl.clone();
  target.pathname = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATHNAME_HEADER, `${pathname}${search}`);
  const csp = pageContentSecurityPolicy(target.pathname);
  // Next reads the nonce for the scripts it renders from this request header; it is always set
  // here, so a client cannot choose it.
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);

  if (signedIn !== (request.cookies.get(SESSION_HINT_COOKIE)?.value === "1")) {
    if (signedIn) response.cookies.set(SESSION_HINT_COOKIE, "1", { path: "/", sameSite: "lax", secure: usesSecureCookies() });
    else response.cookies.delete(SESSION_HINT_COOKIE);
  }
  return response;
}

function pageContentSecurityPolicy(routePath: string): string {
  // The dev server evaluates code and injects scripts of its own: no policy there.
  if (process.env.NODE_ENV !== "production") return "frame-ancestors 'none'";
  const page = prerenderedPage(routePath);
  if (page) return page.contentSecurityPolicy;
  return contentSecurityPolicy({ kind: "nonce", nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64") });
}

export const config = {
  // Pages only: not the API (route handlers answer 401 themselves), not static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|map|txt|xml)$).*)"],
};
