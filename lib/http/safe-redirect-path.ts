/** Longer targets are refused: no page of ours needs more, and it bounds the work. */
export const MAX_REDIRECT_PATH_LENGTH = 2048;

// Never fetched: only a fixed origin to resolve against and compare with.
const BASE = "http://portal.invalid";

/**
 * The one open-redirect guard (sign-in callbacks, the language switch, anything later): turns
 * any value into a path on this site, or null.
 *
 * A target is resolved the way a browser resolves a Location header, and the *result* is
 * checked, because normalisation is where escapes hide: "/.//evil.example", "/a/..//evil.example"
 * and "/%2e//evil.example" all resolve to the path "//evil.example", which a browser reads as
 * another host. Backslashes (browsers treat "\" like "/") and control characters (browsers drop
 * tabs and newlines, joining what was apart) are refused outright. The returned path is
 * percent-encoded ASCII, so it is also safe to put in a header.
 */
export function safeRedirectPath(value: unknown): string | null {
  const candidate = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > MAX_REDIRECT_PATH_LENGTH) return null;
  if (!candidate.startsWith("/") || candidate.includes("\\") || hasControlCharacter(candidate)) return null;
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return isSingleSlashPath(path) ? path : null;
}

/** Starts with exactly one slash: "//x" and "/\x" would leave the site. */
function isSingleSlashPath(path: string): boolean {
  return path.startsWith("/") && path[1] !== "/" && path[1] !== "\\";
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
