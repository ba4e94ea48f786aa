import { describe, expect, it } from "vitest";
import { isSafeRedirectPath, localeSwitchInput } from "@/lib/i18n/locale-switch";

describe("isSafeRedirectPath", () => {
  it("accepts paths on this site", () => {
    expect(isSafeRedirectPath("/")).toBe(true);
    expect(isSafeRedirectPath("/faq?q=credit#top")).toBe(true);
  });

  it("rejects other hosts and odd forms", () => {
    for (const value of ["https://evil.example/", "//evil.example", "/\\evil.example", "faq", "", "/a\nb"]) {
      expect(isSafeRedirectPath(value), value).toBe(false);
    }
  });
});

describe("localeSwitchInput", () => {
  it("accepts a supported locale with or without a target", () => {
    expect(localeSwitchInput.parse({ locale: "en", redirectTo: "/faq" })).toEqual({ locale: "en", redirectTo: "/faq" });
    expect(localeSwitchInput.parse({ locale: "zh-CN" })).toEqual({ locale: "zh-CN" });
  });

  it("names the failing field in a readable message", () => {
    const result = localeSwitchInput.safeParse({ locale: "fr", redirectTo: "https://evil.example" });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(issues).toEqual([
      "locale: locale must be one of: zh-CN, en",
      "redirectTo: redirectTo must be a path on this site starting with a single /",
    ]);
  });
});
