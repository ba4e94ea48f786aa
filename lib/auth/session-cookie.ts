import { usesSecureCookies } from "@/lib/http/secure-cookies";

/**
 * next-auth v4's session cookie name: the `__Secure-` prefix goes with a Secure cookie, which
 * the portal uses exactly when NEXTAUTH_URL is https (authOptions.useSecureCookies, the same
 * rule getToken() follows).
 */
export function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
