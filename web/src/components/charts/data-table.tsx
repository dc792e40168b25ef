import type { ReactNode } from 'react';

export type Column<Row> = { key: string; header: string; cell: (row: Row) => ReactNode; numeric?: boolean };

/** A plain, compact table: the text alternative of a chart and the detail behind a number. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionHidden = false,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string;
  captionHidden?: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className={captionHidden ? 'sr-only' : 'mb-1 text-left font-semibold'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`border-b border-neutral-400 px-2 py-1 ${c.numeric ? 'text-right' : 'text-left'}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} className="even:bg-neutral-50">
              {columns.map((c, ci) =>
                ci === 0 ? (
                  <th key={c.key} scope="row" className="border-b border-neutral-200 px-2 py-1 text-left font-normal">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td
                    key={c.key}
                    className={`border-b border-neutral-200 px-2 py-1 ${c.numeric ? 'text-right tabular-nums' : ''}`}
                  >
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
