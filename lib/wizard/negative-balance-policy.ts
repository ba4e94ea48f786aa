/*
 * What happens while a balance stays below zero, and when: the one place these numbers live.
 * The wallet restricts payments at once; a reminder follows after REMINDER_AFTER_DAYS; after
 * FURTHER_STEPS_AFTER_DAYS the case goes to the collections review (account restricted further,
 * the user contacted by phone). Pages and the API read the milestones from policyMilestones().
 */
export const NEGATIVE_BALANCE_POLICY = {
  reminderAfterDays: 7,
  furtherStepsAfterDays: 30,
} as const;

export type PolicyMilestoneId = "restricted" | "reminder" | "furtherSteps";
export type PolicyMilestone = { id: PolicyMilestoneId; at: Date; daysLeft: number; isPast: boolean };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The milestones counted from the moment the balance went negative, as seen at `now`. */
export function policyMilestones({ wentNegativeAt, now }: { wentNegativeAt: Date; now: Date }): PolicyMilestone[] {
  const at = (days: number) => new Date(wentNegativeAt.getTime() + days * DAY_MS);
  const milestone = (id: PolicyMilestoneId, when: Date): PolicyMilestone => {
    const msLeft = when.getTime() - now.getTime();
    // "1 day left" until the last moment, never "0 days left" while time remains.
    return { id, at: when, daysLeft: Math.max(0, Math.ceil(msLeft / DAY_MS)), isPast: msLeft <= 0 };
  };
  return [
    milestone("restricted", wentNegativeAt),
    milestone("reminder", at(NEGATIVE_BALANCE_POLICY.reminderAfterDays)),
    milestone("furtherSteps", at(NEGATIVE_BALANCE_POLICY.furtherStepsAfterDays)),
  ];
}
