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
  tone?: 'plain' | 'good' | 'warn';
  testId?: string;
}) {
  const toneClass =
    tone === 'warn' ? 'border-l-amber-700' : tone === 'good' ? 'border-l-emerald-700' : 'border-l-neutral-400';
  return (
    <div
      className={`rounded-lg border border-neutral-300 border-l-8 bg-white px-3 py-2 ${toneClass}`}
      data-testid={testId}
    >
      <dt className="text-sm text-neutral-700">{label}</dt>
      <dd className="text-3xl font-bold tabular-nums leading-tight">{value}</dd>
      {detail !== undefined && <dd className="text-sm text-neutral-700">{detail}</dd>}
    </div>
  );
}
