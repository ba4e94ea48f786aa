import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each(["/agent", "/agent/tickets/42?tab=history#notes", "/"])("keeps the same-origin path %j", (path) => {
    expect(safeCallbackUrl(path, "/home")).toBe(path);
  });

  it.each([
    "https://evil.example/agent",
    "//evil.example/agent",
    "/\\evil.example",
    "/.//evil.example/x",
    "/..//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "javascript:alert(1)",
    "agent",
    "/agent\n",
    "",
    undefined,
    42,
    "/signin?callbackUrl=/agent",
    "/staff/signin",
    "/api/auth/signout",
  ])("falls back for %j", (value) => {
    expect(safeCallbackUrl(value, "/home")).toBe("/home");
  });

  it("uses the first value of a repeated query parameter", () => {
    expect(safeCallbackUrl(["/faq", "https://evil.example"], "/")).toBe("/faq");
  });

  it("property: any string maps to a path on this site or to the default", () => {
    const site = "https://portal.example";
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string().map((s) => `/${s}`), fc.webUrl(), fc.webPath()), (value) => {
        const target = safeCallbackUrl(value, "/default");
        if (target === "/default") return;
        expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
        expect(new URL(target, site).origin).toBe(site);
      }),
      { numRuns: 2000 },
    );
  });
});
