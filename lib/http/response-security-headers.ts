import securityHeaders from "@/lib/http/security-headers.json";
import { strictTransportSecurity } from "@/lib/security/content-security-policy";

/**
 * The headers every answer carries, whatever produced it (a page, an API route, a file, a 404 of
 * a file-like path that proxy.ts never sees): the fixed list, plus HSTS when the portal is served
 * over https (NEXTAUTH_URL). Set by the portal's server before Next runs
 * (docs/decisions/011-content-security-policy.md).
 */
export function responseSecurityHeaders(): Record<string, string> {
  const hsts = strictTransportSecurity();
  return hsts ? { ...securityHeaders, "Strict-Transport-Security": hsts } : { ...securityHeaders };
}
