/**
 * next-auth v4's session cookie name: the `__Secure-` prefix is used when NEXTAUTH_URL is
 * https (its default `useSecureCookies`), the same rule getToken() follows.
 */
export function sessionCookieName(): string {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
