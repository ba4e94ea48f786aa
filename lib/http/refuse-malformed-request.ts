import en from "@/messages/en/errors.json";
import zh from "@/messages/zh-CN/errors.json";
import { apiError } from "@/lib/http/api-error";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { requestLocale } from "@/lib/i18n/request-locale";

/*
 * Requests Next answers with a bare 500 before any of our code runs, refused by the portal's
 * server (scripts/portal-server.ts) with the right 4xx instead: in the API's error shape under
 * /api, as plain text in the visitor's language elsewhere.
 */

/** The methods Next's router handles; any other (TRACE, TRACK, PROPFIND, …) became a 500. */
const NEXT_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
/** What a page answers: reading it, and posting a form to it (a server action). */
const PAGE_METHODS = ["GET", "HEAD", "POST"] as const;

type RawRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function plainText(request: RawRequest, status: number, text: (messages: typeof en.request) => string, headers: Record<string, string> = {}): Response {
  const cookies = [request.headers.cookie ?? []].flat().join(";").split(";");
  const cookie = (name: string) => {
    const found = cookies.map((part) => part.trim()).find((part) => part.startsWith(`${name}=`));
    return found === undefined ? undefined : { value: found.slice(name.length + 1) };
  };
  const locale = requestLocale({ get: cookie }, [request.headers["accept-language"] ?? []].flat()[0] ?? null);
  return new Response(text((locale === "en" ? en : zh).request), {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Content-Language": locale, ...headers },
  });
}

/** The answer for a request Next would fail on, or null to let Next handle it. */
export function refuseMalformedRequest(request: RawRequest): Response | null {
  const method = request.method ?? "GET";
  const path = pathOf(request.url ?? "/");
  const isApi = path === "/api" || path.startsWith("/api/");
  if (!(NEXT_METHODS as readonly string[]).includes(method)) {
    if (isApi) return methodNotAllowed(NEXT_METHODS)();
    return plainText(request, 405, (t) => fillTemplate(t.methodNotAllowed, { method }), { Allow: PAGE_METHODS.join(", ") });
  }
  if (!isDecodable(path)) {
    if (isApi) return apiError(400, "bad_request", "The address is not valid: it has a malformed percent-encoding (%).");
    return plainText(request, 400, (t) => t.badPath);
  }
  // No page has a NUL (%00) in its address, and a page that looks it up would hand it to
  // PostgreSQL, which refuses it (GET /faq/%00 was a 500; found by the API fuzzer's raw paths).
  if (!isApi && decodeURIComponent(path).includes("\u0000")) return plainText(request, 400, (t) => t.badPath);
  return null;
}
