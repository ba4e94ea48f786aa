import { describe, expect, it } from "vitest";
import { policyMilestones } from "./negative-balance-policy";

describe("policyMilestones", () => {
  const wentNegativeAt = new Date("2026-11-10T02:00:00Z");

  it("restricts at once, reminds after 7 days and takes further steps after 30, counting whole days left", () => {
    const [restricted, reminder, further] = policyMilestones({ wentNegativeAt, now: new Date("2026-11-12T01:00:00Z") });
    expect(restricted).toMatchObject({ id: "restricted", isPast: true, daysLeft: 0 });
    expect(reminder).toMatchObject({ id: "reminder", at: new Date("2026-11-17T02:00:00Z"), daysLeft: 6, isPast: false });
    expect(further).toMatchObject({ id: "furtherSteps", at: new Date("2026-12-10T02:00:00Z"), daysLeft: 29, isPast: false });
  });

  it("says 1 day left until the very moment, then past", () => {
    expect(policyMilestones({ wentNegativeAt, now: new Date("2026-11-17T01:59:59Z") })[1]).toMatchObject({ daysLeft: 1, isPast: false });
    expect(policyMilestones({ wentNegativeAt, now: new Date("2026-11-17T02:00:00Z") })[1]).toMatchObject({ daysLeft: 0, isPast: true });
  });
});
