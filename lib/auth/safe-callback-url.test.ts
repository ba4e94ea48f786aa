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
});
