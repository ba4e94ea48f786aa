import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { isStaff } from "@/lib/auth/session-user";
import { isSessionCurrent } from "@/lib/auth/session-lifetime";
import { PATHNAME_HEADER } from "@/lib/auth/pathname-header";
import { ACTION_BODY_LIMIT_BYTES, checkActionBody } from "@/lib/http/check-action-body";
import { isCrossSiteRequest } from "@/lib/http/cross-site";
import { usesSecureCookies } from "@/lib/http/secure-cookies";
import { SESSION_HINT_COOKIE, hasSessionCookie } from "@/lib/auth/session-hint";
import { authSecret } from "@/lib/env";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { requestLocale } from "@/lib/i18n/request-locale";
import { perRequestContentSecurityPolicy, strictTransportSecurity } from "@/lib/security/content-security-policy";
import { prerenderedPage } from "@/lib/security/prerendered-page";
import enErrors from "@/messages/en/errors.json";
import zhErrors from "@/messages/zh-CN/errors.json";


/*
 * Every page request passes here, for these things (and to refuse server actions posted from
 * another site with a 403, form posts whose body is not a form with a 400 and ones over the
 * server-action size limit with a 413, rather than Next's 500):
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
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  // A post from another site: Next refuses a server action from another site with a 500
  // ("Invalid Server Actions request"), whether a script sent it (the Next-Action header) or a
  // plain form (the action in a `$ACTION_ID_…` field). Pages take no other posts, so every
  // cross-site one is a 403 here; the action's own authz never runs either way.
  if (isCrossSiteRequest(request)) {
    const locale = requestLocale(request.cookies, request.headers.get("accept-language"));
    return new NextResponse((locale === "en" ? enErrors : zhErrors).crossSite, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale, "Cache-Control": "no-store" } });
  }

  // A multipart POST to a page is how a server action arrives without JavaScript; Next answers a
  // body it cannot parse as a form (found by the API fuzzer: POST /api/%2e%2e is /), or one over
  // its size limit, with a 500.
  const actionBody = await checkActionBody(request);
  if (actionBody) {
    const locale = requestLocale(request.cookies, request.headers.get("accept-language"));
    const messages = (locale === "en" ? enErrors : zhErrors).request;
    const text = actionBody === "too-large" ? fillTemplate(messages.tooLarge, { size: `${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB` }) : messages.undecodable;
    return new NextResponse(text, { status: actionBody === "too-large" ? 413 : 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Content-Language": locale } });
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
  return perRequestContentSecurityPolicy();
}

export const config = {
  // Pages only: not the API (route handlers answer 401 themselves), not Next's files, not the
  // files in public/ and the metadata routes of app/ (proxy-matcher.test.ts keeps this list
  // complete). Any other path, /nothing.txt included, is a page or its 404: it needs the locale
  // and a Content-Security-Policy like every page (Next caches the 404 of a path it renders
  // without the proxy, nonce and all).
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.svg$|sitemap\\.xml$).*)"],
};
