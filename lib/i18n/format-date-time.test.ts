import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format-date-time";

describe("formatDateTime", () => {
  it("shows a UTC instant in Shanghai time by default, whatever the server's zone", () => {
    // 2026-11-09 18:30 UTC is already 10 November, 02:30 in Shanghai.
    expect(formatDateTime("2026-11-09T18:30:00Z", "en")).toBe("Nov 10, 2026, 02:30");
    expect(formatDateTime("2026-11-09T18:30:00Z", "zh-CN")).toBe("2026年11月10日 02:30");
    expect(formatDate("2026-11-09T18:30:00Z", "en", "UTC")).toBe("Nov 9, 2026");
  });
});
