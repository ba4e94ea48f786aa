import { describe, expect, it } from "vitest";
import { fillMacro, MACROS } from "./macros";

describe("fillMacro", () => {
  it("fills the customer's name, the amount to top up and the ticket number, in the customer's language", () => {
    const zh = fillMacro("top-up", "zh-CN", { name: "王芳", amount: "¥86.50", ticket: 1042 });
    expect(zh).toContain("王芳您好");
    expect(zh).toContain("补足 ¥86.50 后");
    expect(zh).toContain("#1042");
    expect(fillMacro("top-up", "en", { name: "Wang Fang", amount: "¥86.50", ticket: 7 })).toMatch(/^Hello Wang Fang, .*topping up ¥86.50 .*#7/);
  });

  it("leaves no placeholder unfilled in any macro", () => {
    for (const macro of MACROS) for (const locale of ["zh-CN", "en"] as const) {
      expect(fillMacro(macro.id, locale, { name: "A", amount: "B", ticket: 1 })).not.toMatch(/\{\w+\}/);
    }
  });

  it("marks every macro that asks the customer to top up, so a theft victim is never offered one", () => {
    const asking = MACROS.filter((m) => /top(ping)? up/i.test(m.body.en) || /补足|充值/.test(m.body["zh-CN"])).map((m) => m.id);
    expect(asking).toEqual(["top-up", "promo-clawback"]);
    expect(MACROS.filter((m) => m.asksTopUp).map((m) => m.id)).toEqual(asking);
  });

  it("answers null for an unknown macro", () => {
    expect(fillMacro("nope", "en", { name: "A", amount: "B", ticket: 1 })).toBeNull();
  });
});
