/** Methods that never change anything: a cross-site GET is harmless (and links must work). */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a state-changing request was started by another site (CSRF). Browsers say so in
 * Sec-Fetch-Site, and send Origin with every cross-origin POST; a request with neither comes
 * from a program (curl, a server), which cookies-based CSRF cannot use. `Origin: null` (sandboxed
 * frames, privacy redirects) is refused. Our own origin is the Host the browser addressed, or the
 * configured public URL (NEXTAUTH_URL) behind a proxy that rewrites Host.
 */
export function isCrossSiteRequest(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  return !ownOrigins(request).has(origin);
}

function ownOrigins(request: Request): Set<string> {
  const origins = new Set<string>();
  const host = request.headers.get("host");
  if (host) {
    origins.add(`http://${host}`);
    origins.add(`https://${host}`);
  }
  for (const url of [process.env.NEXTAUTH_URL, request.url]) {
    try {
      if (url) origins.add(new URL(url).origin);
    } catch {
      // An unparsable setting adds nothing.
    }
  }
  return origins;
}
