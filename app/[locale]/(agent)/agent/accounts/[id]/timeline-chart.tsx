import type { BalanceTimeline } from "@/lib/diagnosis/build-balance-timeline";

const W = 640;
const H = 180;
const PAD = 8;
const MAX_POINTS = 400;

/**
 * The balance after each entry as a server-rendered SVG line (no chart library, no client JS):
 * the zero line, every point where the balance crossed below zero, and the diagnosis' evidence.
 * Long histories are thinned to MAX_POINTS, always keeping crossings and evidence.
 */
export function TimelineChart({ timeline, evidence, labels }: { timeline: BalanceTimeline; evidence: ReadonlySet<string>; labels: { title: string; caption: string; crossing: string } }) {
  const step = Math.max(1, Math.ceil(timeline.points.length / MAX_POINTS));
  const points = timeline.points.filter((p, i) => i % step === 0 || p.crossesBelowZero || evidence.has(p.entryId) || i === timeline.points.length - 1);
  if (points.length === 0) return null;
  const values = points.map((p) => p.balanceAfterMinor).concat(0);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / Math.max(1, points.length - 1);
  const y = (v: number) => PAD + ((max - v) * (H - 2 * PAD)) / Math.max(1, max - min);
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.balanceAfterMinor).toFixed(1)}`).join(" ");
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={labels.title} className="h-auto w-full rounded-lg border border-line bg-white">
        <line x1={0} x2={W} y1={y(0)} y2={y(0)} stroke="#b91c1c" strokeDasharray="4 3" />
        <path d={line} fill="none" stroke="#1d4ed8" strokeWidth={1.5} />
        {points.map((p, i) =>
          p.crossesBelowZero ? (
            <circle key={p.entryId} cx={x(i)} cy={y(p.balanceAfterMinor)} r={5} fill="#b91c1c"><title>{labels.crossing}</title></circle>
          ) : evidence.has(p.entryId) ? (
            <rect key={p.entryId} x={x(i) - 3} y={y(p.balanceAfterMinor) - 3} width={6} height={6} fill="#d97706" />
          ) : null,
        )}
      </svg>
      <figcaption className="mt-1 text-sm text-ink-600">{labels.caption}</figcaption>
    </figure>
  );
}
