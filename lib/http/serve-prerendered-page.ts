import type { IncomingMessage, ServerResponse } from "node:http";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { SESSION_HINT_COOKIE, isSessionCookieName } from "@/lib/auth/session-hint";
import securityHeaders from "@/lib/http/security-headers.json";
import { requestLocale } from "@/lib/i18n/request-locale";
import { strictTransportSecurity } from "@/lib/security/content-security-policy";
import { prerenderedPage } from "@/lib/security/prerendered-page";

/*
 * The static fast path of the portal's HTTP server (docs/decisions/006-static-public-pages.md).
 * A document request for a page Next prerendered gets that page's HTML straight from memory
 * (gzip and brotli made once per file, stylesheets inlined), with the same headers Next and proxy.ts would add, without going
 * through Next's router and proxy: on these machines that is most of the cost of a static page.
 * Anything this does not fully understand returns false and goes to Next unchanged: other
 * methods, React Server Component requests, pages rendered per request or regenerated (ISR) once due,
 * and visits where proxy.ts has work to do (a sign-in page with a session, a session hint cookie
 * to set or clear).
 */
const SIGN_IN_PATHS = new Set(["/signin", "/staff/signin"]);
const NEXT_ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0) cookies.set(part.slice(0, index).trim(), part.slice(index + 1).trim());
  }
  return cookies;
}

/** The public path of a plain document request (no query of Next's own), or null. */
function documentPath(request: IncomingMessage): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (NEXT_ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (queryAt !== -1 && /(?:^|&)_rsc=/.test(url.slice(queryAt + 1))) return null;
  // Only plain, already-canonical paths: anything encoded, doubled or trailing goes to Next.
  if (!/^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/.test(pathname)) return null;
  return pathname;
}

export function servePrerenderedPage(request: IncomingMessage, response: ServerResponse): boolean {
  const pathname = documentPath(request);
  if (pathname === null || pathname === "/agent" || pathname.startsWith("/agent/")) return false;

  const cookies = parseCookies(request.headers.cookie);
  const sessionCookie = sessionCookieName();
  const hasSession = [...cookies.keys()].some((name) => isSessionCookieName(name, sessionCookie));
  if (hasSession !== (cookies.get(SESSION_HINT_COOKIE) === "1")) return false;
  if (hasSession && SIGN_IN_PATHS.has(pathname)) return false;

  const cookieReader = { get: (name: string) => (cookies.has(name) ? { value: cookies.get(name)! } : undefined) };
  const locale = requestLocale(cookieReader, request.headers["accept-language"] ?? null);
  const page = prerenderedPage(pathname === "/" ? `/${locale}` : `/${locale}${pathname}`);
  // A page Next regenerates (ISR) is served from here while its file is current; once it is due,
  // Next answers until it has written the new file (decision 019).
  if (!page || Date.now() >= page.freshUntilMs) return false;

  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  response.setHeader("Content-Security-Policy", page.contentSecurityPolicy);
  const hsts = strictTransportSecurity();
  if (hsts) response.setHeader("Strict-Transport-Security", hsts);
  // One URL, two languages (and two encodings): caches must keep them apart.
  response.setHeader("Cache-Control", "private, no-cache");
  response.setHeader("Vary", "Cookie, Accept-Language, Accept-Encoding");
  response.setHeader("ETag", page.etag);
  response.setHeader("X-Portal-Cache", "prerendered");
  if (request.headers["if-none-match"] === page.etag) {
    response.statusCode = 304;
    response.end();
    return true;
  }
  // Brotli first: it keeps a page with its inlined stylesheet within the first round trip.
  const accepted = String(request.headers["accept-encoding"] ?? "");
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
  const body = encoding === "br" ? page.brotli : encoding === "gzip" ? page.gzip : page.html;
  response.statusCode = 200;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  if (encoding) response.setHeader("Content-Encoding", encoding);
  response.setHeader("Content-Length", body.length);
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
