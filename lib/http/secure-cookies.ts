/**
 * Whether cookies get the `Secure` flag (and next-auth's `__Secure-` prefix): when the portal's
 * public URL, NEXTAUTH_URL, is https. Derived from the setting rather than from the request,
 * because behind a TLS-terminating proxy every request reaches Next as plain http. The start
 * script warns when a portal on another host is configured with http.
 */
export function usesSecureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");
}
