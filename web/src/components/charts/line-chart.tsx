'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartColours } from './chart-palette';

export type LineSeries = { key: string; name: string };

/** One line per series over a category axis (hours of the day, weeks). */
export function SimpleLineChart({
  data,
  series,
  xKey = 'label',
  height = 240,
}: {
  data: Record<string, string | number>[];
  series: LineSeries[];
  xKey?: string;
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart accessibilityLayer={false} data={data} margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#d4d4d4" />
        <XAxis dataKey={xKey} tick={{ fill: '#262626', fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fill: '#404040', fontSize: 12 }} width={40} />
        <Tooltip />
        {series.length > 1 && <Legend formatter={(label) => <span className="text-neutral-900">{label}</span>} />}
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={chartColours[i % chartColours.length]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
