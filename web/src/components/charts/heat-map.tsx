// Classes, not inline styles: the pages' Content-Security-Policy allows no inline style attributes.
const shades = [
  'bg-blue-50 text-neutral-900',
  'bg-blue-100 text-neutral-900',
  'bg-blue-200 text-neutral-900',
  'bg-blue-400 text-neutral-950',
  'bg-blue-700 text-white',
  'bg-blue-900 text-white',
];

/**
 * A heat map that is a real table: rows (weekdays) by columns (hours), each cell its number on a shade of blue,
 * so it reads as a chart and as a table alike.
 */
export function HeatMapTable({
  caption,
  rowLabels,
  columnLabels,
  values,
  cornerLabel,
}: {
  caption: string;
  rowLabels: string[];
  columnLabels: string[];
  values: number[][];
  cornerLabel: string;
}) {
  const max = Math.max(1, ...values.flat());
  const shade = (n: number) =>
    n === 0 ? 'bg-white text-neutral-600' : shades[Math.min(5, Math.floor((n / max) * 5.999))];
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-10 px-1 text-left font-normal text-neutral-700">
              {cornerLabel}
            </th>
            {columnLabels.map((c) => (
              <th key={c} scope="col" className="px-0.5 text-center font-normal text-neutral-700">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rowLabels.map((row, r) => (
            <tr key={row}>
              <th scope="row" className="pr-2 text-left font-medium">
                {row}
              </th>
              {columnLabels.map((c, ci) => {
                const n = values[r]?.[ci] ?? 0;
                return (
                  <td key={c} className={`h-8 border border-neutral-200 text-center tabular-nums ${shade(n)}`}>
                    {n === 0 ? <span className="sr-only">0</span> : n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
