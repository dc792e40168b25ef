import type { ReactNode } from 'react';

/** One big number with its label; `detail` for a comparison or a split. */
export function StatTile({
  label,
  value,
  detail,
  tone = 'plain',
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: 'plain' | 'good' | 'warn' | 'alarm';
  testId?: string;
}) {
  const toneClass =
    tone === 'alarm'
      ? 'border-red-700 border-l-red-700 bg-red-50'
      : tone === 'warn'
        ? 'border-neutral-300 border-l-amber-700 bg-white'
        : tone === 'good'
          ? 'border-neutral-300 border-l-emerald-700 bg-white'
          : 'border-neutral-300 border-l-neutral-400 bg-white';
  return (
    <div className={`rounded-lg border border-l-8 px-3 py-2 ${toneClass}`} data-testid={testId}>
      <dt className="text-sm text-neutral-700">{label}</dt>
      <dd className="text-3xl font-bold tabular-nums leading-tight">{value}</dd>
      {detail !== undefined && <dd className="text-sm text-neutral-700">{detail}</dd>}
    </div>
  );
}
