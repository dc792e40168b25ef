'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartColours, previousColour } from './chart-palette';

export type BarDatum = { label: string; value: number; previous?: number | undefined };

/** Bars per category; with `previousName` a lighter bar of the previous period beside each. */
export function SimpleBarChart({
  data,
  name,
  previousName,
  horizontal = false,
  height,
  colour = chartColours[0],
}: {
  data: BarDatum[];
  name: string;
  previousName?: string;
  horizontal?: boolean;
  height?: number;
  colour?: string;
}) {
  const h = height ?? (horizontal ? Math.max(120, data.length * (previousName ? 34 : 26) + 50) : 240);
  return (
    <ResponsiveContainer width="100%" height={h}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ left: 8, right: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#d4d4d4" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={{ fill: '#404040', fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={180} tick={{ fill: '#262626', fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fill: '#262626', fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fill: '#404040', fontSize: 12 }} width={40} />
          </>
        )}
        <Tooltip />
        {previousName && <Legend formatter={(label) => <span className="text-neutral-900">{label}</span>} />}
        <Bar dataKey="value" name={name} fill={colour} isAnimationActive={false} />
        {previousName && <Bar dataKey="previous" name={previousName} fill={previousColour} isAnimationActive={false} />}
      </BarChart>
    </ResponsiveContainer>
  );
}
