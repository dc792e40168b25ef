import type { ReactNode } from 'react';

/**
 * A chart with its heading, a one-line summary for everyone (and screen readers), and its table one click away.
 * The drawing itself is hidden from assistive technology: the summary and the table say the same.
 */
export function ChartFigure({
  title,
  summary,
  tableLabel,
  table,
  children,
  testId,
}: {
  title: string;
  summary: string;
  tableLabel: string;
  table: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <figure className="rounded-lg border border-neutral-300 bg-white p-3 break-inside-avoid" data-testid={testId}>
      <figcaption>
        <h3 className="font-semibold">{title}</h3>
        <p className="text-sm text-neutral-700">{summary}</p>
      </figcaption>
      <div aria-hidden="true" className="mt-2">
        {children}
      </div>
      <details className="mt-2 print:hidden">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-900 underline underline-offset-4">
          {tableLabel}
        </summary>
        {table}
      </details>
    </figure>
  );
}
