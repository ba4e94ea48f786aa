// The demo world's calendar. Every seeded timestamp is derived from DEMO_NOW, never from the
// real clock, so two runs write identical rows.

/** "Now" in the demo world: the diagnosis of every demo account is taken as of this instant. */
export const DEMO_NOW = new Date("2026-11-20T00:00:00Z");

/** Days of history before DEMO_NOW (about three months). */
export const HISTORY_DAYS = 92;

const DAY_MS = 86_400_000;
const CST_OFFSET_HOURS = 8;

/**
 * A wall-clock time in China Standard Time (UTC+8), where the demo users live, `day` days
 * relative to the demo date 2026-11-20 (so -1 is 19 November). Lunch at 12:10 is 04:10Z.
 */
export function cst(day: number, hour: number, minute = 0, second = 0): Date {
  return new Date(Date.UTC(2026, 10, 20 + day, hour - CST_OFFSET_HOURS, minute, second));
}

export function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * 60_000);
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}
