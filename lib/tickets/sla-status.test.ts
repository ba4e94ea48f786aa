import { describe, expect, it } from "vitest";
import { resumeSla, slaStatus, type SlaClock } from "./sla-status";

const at = (iso: string) => new Date(`2026-11-30T${iso}:00.000Z`);
const open: SlaClock = { status: "OPEN", firstResponseDueAt: at("02:30"), resolutionDueAt: at("06:00"), firstResponseAt: null, slaPausedAt: null };

describe("slaStatus", () => {
  it("counts down to the first answer until there is one", () => {
    expect(slaStatus(open, at("02:00"))).toEqual({ kind: "running", target: "firstResponse", dueAt: at("02:30"), msLeft: 30 * 60_000 });
  });

  it("switches to the resolution deadline once answered, and marks it breached when past", () => {
    const answered = { ...open, firstResponseAt: at("02:10") };
    expect(slaStatus(answered, at("07:00"))).toMatchObject({ kind: "breached", target: "resolution", msLeft: -60 * 60_000 });
  });

  it("stops the clock while waiting on the customer and for finished tickets", () => {
    expect(slaStatus({ ...open, status: "WAITING_ON_CUSTOMER", slaPausedAt: at("02:05") }, at("09:00"))).toEqual({ kind: "paused" });
    expect(slaStatus({ ...open, status: "RESOLVED" }, at("09:00"))).toEqual({ kind: "none" });
  });
});

describe("resumeSla", () => {
  it("moves open deadlines back by the time spent waiting on the customer", () => {
    const resumed = resumeSla({ ...open, firstResponseAt: at("02:10"), slaPausedAt: at("03:00") }, at("05:00"));
    expect(resumed).toEqual({ firstResponseDueAt: at("02:30"), resolutionDueAt: at("08:00") });
  });
});
