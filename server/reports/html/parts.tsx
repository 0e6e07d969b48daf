import 'server-only';
import type { ReactNode } from 'react';
import type { Rating } from '@/lib/report/types';
import { riskColors } from './styles';

// Building blocks of the printed report. Everything is rendered with react-dom/server, so every
// user string is escaped text; nothing here uses dangerouslySetInnerHTML.

/** A section, or (`continued`) a later print job of a long section: no heading, no introduction. */
export function Section({ title, continued, intro, children }: { title: string; continued?: boolean; intro?: ReactNode; children: ReactNode }) {
  return (
    <section>
      {!continued && <h1>{title}</h1>}
      {!continued && intro}
      {children}
    </section>
  );
}

export interface Column<T> {
  header: string;
  /** Width in points; columns without one share what is left. */
  width?: number;
  cell: (row: T) => ReactNode;
}

/**
 * A table whose header row Chromium repeats on every page it spans (a real <thead>); rows are
 * never split across pages. An optional group caption is part of the repeated header.
 */
export function Table<T>({ columns, rows, keyOf, caption }: { columns: Column<T>[]; rows: readonly T[]; keyOf: (row: T, index: number) => string; caption?: string }) {
  return (
    <table className="grid">
      <colgroup>
        {columns.map((c) => (
          <col key={c.header} style={c.width === undefined ? undefined : { width: `${c.width}pt` }} />
        ))}
      </colgroup>
      <thead>
        {caption !== undefined && (
          <tr>
            <th className="group" colSpan={columns.length}>
              {caption}
            </th>
          </tr>
        )}
        <tr>
          {columns.map((c) => (
            <th key={c.header}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={keyOf(row, i)}>
            {columns.map((c) => (
              <td key={c.header}>{c.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RiskPill({ rating }: { rating: Rating }) {
  const c = riskColors[rating.level];
  return (
    <span className="pill" style={{ backgroundColor: c.fill, color: c.text }}>
      {rating.level[0]!.toUpperCase() + rating.level.slice(1)} {rating.score}
    </span>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted">{children}</p>;
}

/** A reference (T-001, M-012): never broken across lines. */
export function Ref({ children }: { children: string }) {
  return <span className="ref">{children}</span>;
}

/** A line of its own inside a table cell. */
export function Line({ className, children }: { className?: string; children: ReactNode }) {
  return <span className={className ? `cell-line ${className}` : 'cell-line'}>{children}</span>;
}
