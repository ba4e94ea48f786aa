import { afterEach, describe, expect, it, vi } from "vitest";
import { responseSecurityHeaders } from "@/lib/http/response-security-headers";
import { perRequestContentSecurityPolicy } from "@/lib/security/content-security-policy";

afterEach(() => vi.unstubAllEnvs());

describe("responseSecurityHeaders", () => {
  it("adds HSTS for a portal served over https", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://help.example.com");
    expect(responseSecurityHeaders()).toMatchObject({
      "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
  });

  it("sends no HSTS over plain http (a browser would refuse the site for a year once it has https)", () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const headers = responseSecurityHeaders();
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("perRequestContentSecurityPolicy", () => {
  it("in production allows scripts by a fresh nonce only, and refuses framing", () => {
    vi.stubEnv("NODE_ENV", "production");
    const first = perRequestContentSecurityPolicy();
    const second = perRequestContentSecurityPolicy();
    expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{24}'; /);
    expect(first).toContain("frame-ancestors 'none'");
    expect(/script-src [^;]*/.exec(first)![0]).not.toContain("unsafe-inline");
    expect(first).not.toBe(second);
  });
});
