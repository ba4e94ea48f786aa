import { describe, expect, it } from "vitest";
import { fillTemplate } from "@/lib/i18n/fill-template";

describe("fillTemplate", () => {
  it("fills known placeholders and leaves unknown ones", () => {
    expect(fillTemplate("{field}: {message} {other}", { field: "手机号", message: "请输入" })).toBe("手机号: 请输入 {other}");
  });
  it("does not read placeholders from the filled values", () => {
    expect(fillTemplate("{a} {b}", { a: "{b}", b: "x" })).toBe("{b} x");
  });
});
