"use client";

import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartPoint = { t: number; balance: number };
export type ChartMarker = ChartPoint & { kind: "cause" | "negative" };

type Props = {
  points: ChartPoint[];
  markers: ChartMarker[];
  /** Formatted on the server (the user's locale and time zone); the chart only places them. */
  tickLabels: Record<number, string>;
  summary: string;
  negativeLabel: string;
};

/**
 * The balance over time with the moment it went below zero and the entries behind the deficit
 * marked. Only "check my account" loads this (recharts stays out of the public pages). The
 * picture is described by `summary` for screen readers; the table beside it has every number.
 */
export function BalanceChart({ points, markers, tickLabels, summary, negativeLabel }: Props) {
  const ticks = Object.keys(tickLabels).map(Number);
  return (
    <figure role="img" aria-label={summary} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 12, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
          <XAxis dataKey="t" type="number" domain={["dataMin", "dataMax"]} ticks={ticks} tickFormatter={(t: number) => tickLabels[t] ?? ""} fontSize={12} />
          <YAxis width={56} fontSize={12} />
          <Tooltip labelFormatter={() => ""} formatter={(value) => [String(value), ""]} />
          <ReferenceLine y={0} stroke="#b42318" strokeWidth={1.5} />
          <Line type="stepAfter" dataKey="balance" stroke="#0b5854" strokeWidth={2} dot={false} isAnimationActive={false} />
          {markers.map((m) => (
            <ReferenceDot key={`${m.kind}-${m.t}`} x={m.t} y={m.balance} r={m.kind === "negative" ? 6 : 4} fill={m.kind === "negative" ? "#b42318" : "#2c4f86"} stroke="white" label={m.kind === "negative" ? { value: negativeLabel, position: "top", fontSize: 12 } : undefined} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
