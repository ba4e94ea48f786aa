import type { BalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";

export type ChartSeries = { points: { t: number; balance: number }[]; markers: { t: number; balance: number; kind: "cause" | "negative" }[] };

/**
 * The timeline as chart data in major units: at most `maxPoints` evenly chosen points (a phone
 * cannot show 10,000 steps), always keeping every marked point so nothing marked disappears.
 * Marked: the last crossing below zero (the diagnosis's wentNegativeAt, so only while the balance
 * is still negative: a dip that was topped up long ago is not labelled "below zero") and the
 * entries that still hold part of today's deficit.
 */
export function chartSeries(timeline: BalanceTimeline, minorPerMajor: number, maxPoints = 400): ChartSeries {
  const counted = timeline.points.filter((p) => p.counted);
  const lastCrossing = timeline.closingBalanceMinor < 0 ? counted.findLast((p) => p.crossesBelowZero) : undefined;
  const isMarked = (p: (typeof counted)[number]) => p.inOpenDeficit || p === lastCrossing;
  const stride = Math.max(1, Math.ceil(counted.length / maxPoints));
  const toPoint = (p: (typeof counted)[number]) => ({ t: Date.parse(p.occurredAt), balance: p.balanceAfterMinor / minorPerMajor });
  const points = counted.filter((p, i) => i % stride === 0 || i === counted.length - 1 || isMarked(p)).map(toPoint);
  const markers = counted.filter(isMarked).map((p) => ({ ...toPoint(p), kind: p === lastCrossing ? ("negative" as const) : ("cause" as const) }));
  return { points, markers };
}
