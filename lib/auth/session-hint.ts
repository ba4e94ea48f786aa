/*
 * Public pages are the same HTML for everyone (served from the static cache), so the header
 * learns who is signed in from GET /api/auth/me after it loads. This readable cookie only says
 * "a session cookie exists" (never who), so anonymous visitors skip that request. proxy.ts keeps
 * it in step with the httpOnly session cookie; it grants nothing.
 */
export const SESSION_HINT_COOKIE = "portal-signed-in";

type CookieLike = { name: string };

/** Whether a cookie is (a chunk of) next-auth's session cookie. */
export function isSessionCookieName(name: string, sessionCookie: string): boolean {
  return name === sessionCookie || name.startsWith(`${sessionCookie}.`);
}

/** True when the request carries next-auth's session cookie (whole or in chunks). */
export function hasSessionCookie(cookies: readonly CookieLike[], sessionCookie: string): boolean {
  return cookies.some((cookie) => isSessionCookieName(cookie.name, sessionCookie));
}

/** In the browser: whether the hint says a session may exist. */
export function readSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((part) => part.trim() === `${SESSION_HINT_COOKIE}=1`);
}
