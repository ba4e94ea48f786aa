import { describe, expect, it } from "vitest";
import { slaDueTimes } from "./sla-due-times";

const opened = new Date("2026-11-30T02:00:00.000Z");

describe("slaDueTimes", () => {
  it("gives an urgent (account takeover) ticket 30 minutes to a first answer and 4 hours to a resolution", () => {
    expect(slaDueTimes({ priority: "URGENT", createdAt: opened })).toEqual({
      firstResponseDueAt: new Date("2026-11-30T02:30:00.000Z"),
      resolutionDueAt: new Date("2026-11-30T06:00:00.000Z"),
    });
  });

  it("gives a normal ticket 4 hours and a day", () => {
    expect(slaDueTimes({ priority: "NORMAL", createdAt: opened })).toEqual({
      firstResponseDueAt: new Date("2026-11-30T06:00:00.000Z"),
      resolutionDueAt: new Date("2026-12-01T02:00:00.000Z"),
    });
  });

  it("orders the deadlines by priority: a more urgent ticket is never due later", () => {
    const order = (["URGENT", "HIGH", "NORMAL", "LOW"] as const).map((priority) => slaDueTimes({ priority, createdAt: opened }).resolutionDueAt.getTime());
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
