import { usesSecureCookies } from "@/lib/http/secure-cookies";

/*
 * The Content-Security-Policy of every page (docs/decisions/011-content-security-policy.md).
 * Scripts: the app's own files ('self') and exactly the inline scripts Next wrote, allowed by
 * their SHA-256 on prerendered pages (so they stay cacheable) or by a per-request nonce on pages
 * rendered per request. Nothing else runs, and no site may frame the portal.
 */
export type ScriptAllowance = { kind: "hashes"; hashes: readonly string[] } | { kind: "nonce"; nonce: string };

export function contentSecurityPolicy(scripts: ScriptAllowance): string {
  const scriptSources = scripts.kind === "nonce" ? [`'nonce-${scripts.nonce}'`] : scripts.hashes.map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(" ")}`.trim(),
    // React and Next set a few style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** HSTS, for a portal served over https (the same rule as Secure cookies: NEXTAUTH_URL). */
export function strictTransportSecurity(): string | null {
  return usesSecureCookies() ? "max-age=31536000; includeSubDomains" : null;
}

/**
 * The policy of an answer rendered per request: a fresh 144-bit nonce, which Next puts on every
 * script it renders when the request carries this policy as its `content-security-policy`
 * header. The dev server (`npm run dev`) evaluates code and injects scripts: only framing is refused there.
 */
export function perRequestContentSecurityPolicy(): string {
  if (process.env.NODE_ENV !== "production") return "frame-ancestors 'none'";
  return contentSecurityPolicy({ kind: "nonce", nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64") });
}
