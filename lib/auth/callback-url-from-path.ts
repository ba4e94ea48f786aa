import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

/**
 * Where a sign-in form's server action sends someone: the `callbackUrl` of the page the form
 * was posted from (its path and query, as proxy.ts passes them in `x-portal-pathname`), when it
 * is safe (safeCallbackUrl, the one rule), else `fallback`.
 */
export function callbackUrlFromPath(requestedPath: string | null | undefined, fallback: string): string {
  const query = (requestedPath ?? "").split("#")[0]!.split("?").slice(1).join("?");
  return safeCallbackUrl(new URLSearchParams(query).get("callbackUrl"), fallback);
}
