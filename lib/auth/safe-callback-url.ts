/**
 * Where to go after signing in. Only a same-origin relative path is accepted: an absolute or
 * protocol-relative URL ("https://evil.example", "//evil.example", "/\\evil.example") would turn
 * the sign-in page into an open redirect.
 */
export function safeCallbackUrl(value: unknown, fallback: string): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 2048) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || /[\\\u0000-\u001f]/.test(candidate)) return fallback;
  try {
    const base = "http://portal.invalid";
    const url = new URL(candidate, base);
    if (url.origin !== base) return fallback;
    // Never bounce back to a sign-in page or the auth API after signing in.
    if (/^\/(staff\/)?signin(\/|$)|^\/api\/auth(\/|$)/.test(url.pathname)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
