import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  it("names the day in Shanghai by default, whatever the server's zone", () => {
    // 2026-11-09 18:30 UTC is already 10 November in Shanghai.
    expect(formatDate(new Date("2026-11-09T18:30:00Z"), "en")).toBe("Nov 10, 2026");
    expect(formatDate(new Date("2026-11-09T18:30:00Z"), "zh-CN")).toBe("2026年11月10日");
    expect(formatDate(new Date("2026-11-09T18:30:00Z"), "en", "UTC")).toBe("Nov 9, 2026");
  });
});
