import { describe, expect, it } from "vitest";
import { formatDateTime, formatDuration } from "./format-date-time";

describe("formatDateTime", () => {
  // 18:48 UTC on the 16th is 02:48 on the 17th in Shanghai: the date moves too.
  const attack = new Date("2026-11-16T18:48:00Z");

  it("shows Shanghai time by default, whatever the server's zone", () => {
    expect(formatDateTime(attack, "zh-CN")).toBe("2026年11月17日 02:48");
    expect(formatDateTime(attack, "en")).toBe("Nov 17, 2026, 02:48");
  });

  it("honours another time zone", () => {
    expect(formatDateTime(attack, "en", "Europe/London")).toBe("Nov 16, 2026, 18:48");
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
