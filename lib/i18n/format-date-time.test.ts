import { describe, expect, it } from "vitest";
import { formatDateTime, formatDuration } from "./format-date-time";

describe("formatDateTime", () => {
  it("shows China time by default", () => {
    expect(formatDateTime(new Date("2026-11-30T02:05:00Z"), "zh-CN")).toBe("2026/11/30 10:05");
  });
});

describe("formatDuration", () => {
  it("keeps the two largest units", () => {
    expect(formatDuration(26 * 3_600_000 + 5 * 60_000, "en")).toBe("1 d 2 h");
    expect(formatDuration(3 * 3_600_000 + 5 * 60_000, "en")).toBe("3 h 5 min");
    expect(formatDuration(-12 * 60_000, "zh-CN")).toBe("12分钟");
    expect(formatDuration(2 * 3_600_000, "zh-CN")).toBe("2小时");
  });
});
