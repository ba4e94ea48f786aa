import { describe, expect, it } from "vitest";
import { buildBalanceTimeline } from "./build-balance-timeline";
import { buildEntry as entry, buildHistory } from "./test-factories";

describe("buildBalanceTimeline", () => {
  const history = buildHistory({
    asOf: "2024-09-10T00:00:00Z",
    entries: [
      entry("e1", "TOP_UP", 1000, "2024-09-01T10:00:00Z"),
      entry("e2", "FEE", -1500, "2024-09-02T10:00:00Z"),
      entry("e3", "PAYMENT", -9000, "2024-09-03T10:00:00Z", { status: "PENDING" }),
      entry("e4", "REFUND", 800, "2024-09-04T10:00:00Z"),
      entry("e6", "PROMO_CLAWBACK", -700, "2024-09-06T10:00:00Z"),
      entry("e5", "REFUND_REVERSAL", -400, "2024-09-05T10:00:00Z"),
      entry("e7", "TOP_UP", 5000, "2024-09-11T10:00:00Z"),
    ],
  });
  const timeline = buildBalanceTimeline(history);

  it("walks the entries up to asOf in time order with the balance before and after each", () => {
    expect(timeline.points.map((p) => [p.entryId, p.balanceBeforeMinor, p.balanceAfterMinor])).toEqual([
      ["e1", 0, 1000],
      ["e2", 1000, -500],
      ["e3", -500, -500],
      ["e4", -500, 300],
      ["e5", 300, -100],
      ["e6", -100, -800],
    ]);
    expect(timeline).toMatchObject({ asOf: "2024-09-10T00:00:00.000Z", openingBalanceMinor: 0, closingBalanceMinor: -800 });
  });

  it("shows pending entries without counting them", () => {
    expect(timeline.points[2]).toMatchObject({ entryId: "e3", status: "PENDING", counted: false, cause: "OVERDRAFT" });
    expect(timeline.points.filter((p) => !p.counted).map((p) => p.entryId)).toEqual(["e3"]);
  });

  it("marks every crossing below zero, not only the last", () => {
    expect(timeline.points.filter((p) => p.crossesBelowZero).map((p) => p.entryId)).toEqual(["e2", "e5"]);
  });

  it("marks the entries that make up today's deficit, with what is left of each", () => {
    expect(timeline.points.filter((p) => p.inOpenDeficit).map((p) => [p.entryId, p.openDeficitMinor])).toEqual([
      ["e5", 100],
      ["e6", 700],
    ]);
    expect(timeline.points.find((p) => p.entryId === "e2")).toMatchObject({ inOpenDeficit: false, openDeficitMinor: 0 });
  });

  it("gives debits their cause and credits none", () => {
    expect(timeline.points.map((p) => p.cause)).toEqual([null, "OVERDRAFT", "OVERDRAFT", null, "REFUND", "PROMO"]);
  });
});
