import { safeRedirectPath } from "@/lib/http/safe-redirect-path";

/** Sign-in pages and the auth API: going "back" there after signing in would loop. */
const NEVER_AFTER_SIGN_IN = /^\/(staff\/)?signin(\/|$)|^\/api\/auth(\/|$)/;

/**
 * Where to go after signing in: a path on this site (lib/http/safe-redirect-path.ts, the one
 * open-redirect guard), never a sign-in page, else `fallback`.
 */
export function safeCallbackUrl(value: unknown, fallback: string): string {
  const path = safeRedirectPath(value);
  if (path === null || NEVER_AFTER_SIGN_IN.test(new URL(path, "http://portal.invalid").pathname)) return fallback;
  return path;
}
