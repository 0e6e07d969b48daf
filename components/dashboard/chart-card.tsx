import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/**
 * A dashboard figure: title, a visible one-line summary with the key numbers, the chart itself
 * (hidden from assistive technology) and its data as a table for screen readers.
 */
export function ChartCard({ id, title, summary, chart, table, className }: {
  id: string;
  title: string;
  summary: ReactNode;
  chart: ReactNode;
  table?: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={cn('rounded-lg border border-slate-200 bg-white p-4 shadow-sm', className)}>
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">{title}</h2>
      <p id={`${id}-summary`} className="mt-0.5 text-sm text-slate-600">{summary}</p>
      <div aria-hidden className="mt-3">{chart}</div>
      {table}
    </section>
  );
}

/** The numbers behind a chart as a real table, visually hidden. */
export function TextTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly (readonly (string | number)[])[] }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => (j === 0 ? <th key={j} scope="row">{v}</th> : <td key={j}>{v}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
