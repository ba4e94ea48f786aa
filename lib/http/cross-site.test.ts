import { afterEach, describe, expect, it, vi } from "vitest";
import { isCrossSiteRequest } from "@/lib/http/cross-site";

const post = (headers: Record<string, string>, url = "http://localhost:3000/api/locale") => new Request(url, { method: "POST", headers });

afterEach(() => vi.unstubAllEnvs());

describe("isCrossSiteRequest", () => {
  it("lets our own pages and programs without a browser through", () => {
    expect(isCrossSiteRequest(post({ host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest(post({ host: "localhost:3000" }))).toBe(false);
    expect(isCrossSiteRequest(post({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(false);
  });

  it("refuses other sites by Sec-Fetch-Site or by Origin, whichever says so", () => {
    expect(isCrossSiteRequest(post({ host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "localhost:3000", "sec-fetch-site": "same-site", origin: "http://blog.localhost:3000" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "localhost:3000", origin: "null" }))).toBe(true);
  });

  it("accepts the public URL behind a proxy that rewrites Host", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://portal.example");
    expect(isCrossSiteRequest(post({ host: "10.0.0.5:3000", origin: "https://portal.example" }, "http://10.0.0.5:3000/api/locale"))).toBe(false);
  });

  it("never blocks reads: a link from another site must still open", () => {
    expect(isCrossSiteRequest(new Request("http://localhost:3000/api/health", { headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } }))).toBe(false);
  });
});
