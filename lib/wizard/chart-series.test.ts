import { describe, expect, it } from "vitest";
import { buildBalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";
import { generateSyntheticHistory } from "@/lib/diagnosis/generate-synthetic-history";
import { buildEntry as entry, buildHistory } from "@/lib/diagnosis/test-factories";
import { chartSeries } from "./chart-series";

describe("chartSeries", () => {
  it("marks the moment the balance went below zero and the deficit's entries, in yuan", () => {
    const timeline = buildBalanceTimeline(
      buildHistory({
        entries: [
          entry("e1", "TOP_UP", 10000, "2024-09-01T10:00:00Z"),
          entry("e2", "PAYMENT", -8000, "2024-09-02T10:00:00Z"),
          entry("e3", "REFUND_REVERSAL", -5000, "2024-09-03T10:00:00Z"),
        ],
      }),
    );
    const { points, markers } = chartSeries(timeline, 100);
    expect(points.map((p) => p.balance)).toEqual([100, 20, -30]);
    expect(markers).toEqual([{ t: Date.parse("2024-09-03T10:00:00Z"), balance: -30, kind: "negative" }]);
  });

  it("labels no crossing once the balance is back above zero (like wentNegativeAt), though the dip stays in the line", () => {
    const timeline = buildBalanceTimeline(
      buildHistory({
        entries: [
          entry("e1", "TOP_UP", 10000, "2024-09-01T10:00:00Z"),
          entry("e2", "REFUND_REVERSAL", -12000, "2024-09-02T10:00:00Z"),
          entry("e3", "TOP_UP", 50000, "2024-09-03T10:00:00Z"),
        ],
      }),
    );
    const { points, markers } = chartSeries(timeline, 100);
    expect(points.map((p) => p.balance)).toEqual([100, -20, 480]);
    expect(markers).toEqual([]);
  });

  it("thins a long history to about maxPoints but keeps every marked point", () => {
    const timeline = buildBalanceTimeline(generateSyntheticHistory({ entryCount: 10_000, seed: 7 }));
    const { points, markers } = chartSeries(timeline, 100, 400);
    expect(points.length).toBeLessThanOrEqual(400 + markers.length + 1);
    for (const marker of markers) expect(points).toContainEqual({ t: marker.t, balance: marker.balance });
  });
});
