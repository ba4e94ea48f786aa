import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIp, isDirectLocalRequest } from "@/lib/auth/client-ip";

afterEach(() => vi.unstubAllEnvs());

// What scripts/portal-server.ts writes on every request it hands to Next.
const recorded = (ip: string, forwarded: "0" | "1") => new Headers({ "x-portal-client-ip": ip, "x-portal-client-forwarded": forwarded });

describe("isDirectLocalRequest", () => {
  it("is true for a loopback peer that no proxy relayed", () => {
    vi.stubEnv("PORTAL_CLIENT_IP_FROM_SERVER", "1");
    expect(isDirectLocalRequest(recorded("127.0.0.1", "0"))).toBe(true);
    expect(isDirectLocalRequest(recorded("::1", "0"))).toBe(true);
  });

  it("is false for another address, or a loopback peer that relayed X-Forwarded-For/Forwarded (a proxy on the same host)", () => {
    vi.stubEnv("PORTAL_CLIENT_IP_FROM_SERVER", "1");
    expect(isDirectLocalRequest(recorded("203.0.113.7", "0"))).toBe(false);
    expect(isDirectLocalRequest(recorded("127.0.0.1", "1"))).toBe(false);
    expect(isDirectLocalRequest(new Headers({ "x-portal-client-ip": "127.0.0.1" }))).toBe(false);
  });

  it("is false without the portal's server, where the headers could be forged (a bare `next start`)", () => {
    vi.stubEnv("PORTAL_CLIENT_IP_FROM_SERVER", "");
    expect(isDirectLocalRequest(recorded("127.0.0.1", "0"))).toBe(false);
    expect(clientIp(recorded("127.0.0.1", "0"))).toBe("unknown");
  });
});
