import { describe, expect, it } from "vitest";
import { localeSwitchInput } from "@/lib/i18n/locale-switch";

describe("localeSwitchInput", () => {
  it("accepts a supported locale with or without a target", () => {
    expect(localeSwitchInput.parse({ locale: "en", redirectTo: "/faq" })).toEqual({ locale: "en", redirectTo: "/faq" });
    expect(localeSwitchInput.parse({ locale: "zh-CN" })).toEqual({ locale: "zh-CN" });
  });

  it("percent-encodes a non-Latin-1 target so it fits in a Location header", () => {
    expect(localeSwitchInput.parse({ locale: "en", redirectTo: "/faq?q=中文" })).toEqual({ locale: "en", redirectTo: "/faq?q=%E4%B8%AD%E6%96%87" });
  });

  it("names the failing field in a readable message", () => {
    const result = localeSwitchInput.safeParse({ locale: "fr", redirectTo: "/.//evil.example" });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(issues).toEqual([
      "locale: locale must be one of: zh-CN, en",
      "redirectTo: redirectTo must be a path on this site starting with a single /",
    ]);
  });
});
