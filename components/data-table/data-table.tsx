'use client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useCallback, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import type { DataTable as DataTableInstance, DataTableRow } from './features';

export interface DataTableProps<TData extends object> {
  table: DataTableInstance<TData>;
  /** Accessible name of the grid. */
  label: string;
  rowHeight?: number;
  /** Enter on a focused row (and a click on it) opens it. */
  onOpenRow?: (row: TData) => void;
  /** What a group header row shows, e.g. the stage name. */
  renderGroup?: (row: DataTableRow<TData>) => ReactNode;
  /** Shown instead of the body when no row passes the filters. */
  empty?: ReactNode;
  height?: string;
}

/**
 * Generic table shell: sticky header, virtualised body (only the rows in view are in the DOM, so
 * thousands of rows scroll smoothly), group header rows, and row keyboard navigation
 * (arrows, Home/End, Page Up/Down, Enter opens, Space selects). Explicit ARIA roles keep
 * table semantics although rows are laid out with CSS grid and absolute positioning.
 * Column definitions and toolbars live with each feature.
 */
export function DataTable<TData extends object>({ table, label, rowHeight = 44, onOpenRow, renderGroup, empty, height = '70vh' }: DataTableProps<TData>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  const template = columns.map((c) => c.columnDef.meta?.width ?? 'minmax(8rem, 1fr)').join(' ');
  // eslint-disable-next-line react-hooks/incompatible-library -- react-virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });

  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(rows.length - 1, index));
      virtualizer.scrollToIndex(target, { align: 'auto' });
      // The row may only be mounted after the scroll: focus it on the next frames.
      const tryFocus = (attempt: number) => {
        const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`);
        if (el) el.focus();
        else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
      };
      requestAnimationFrame(() => tryFocus(0));
    },
    [rows.length, virtualizer],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: DataTableRow<TData>, index: number) => {
    if (e.target !== e.currentTarget) return; // keys inside cell controls belong to them
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      Home: () => focusRow(0),
      End: () => focusRow(rows.length - 1),
      PageDown: () => focusRow(index + 10),
      PageUp: () => focusRow(index - 10),
      Enter: () => (row.getIsGrouped() ? row.toggleExpanded() : onOpenRow?.(row.original)),
      ' ': () => (row.getIsGrouped() ? row.toggleExpanded() : row.getCanSelect() && row.toggleSelected()),
    };
    const fn = keys[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  };

  return (
    <div ref={scrollRef} className="relative overflow-auto rounded-lg border border-slate-200 bg-white" style={{ maxHeight: height }}>
      <table role="table" aria-label={label} aria-rowcount={rows.length + 1} className="grid w-full min-w-max text-sm">
        <thead role="rowgroup" className="sticky top-0 z-10 grid border-b border-slate-200 bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} role="row" className="grid" style={{ gridTemplateColumns: template }} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  role="columnheader"
                  aria-sort={sortState(header.column.getIsSorted())}
                  className="flex items-center px-2 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600"
                >
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        {rows.length === 0 ? (
          <tbody role="rowgroup" className="grid">
            <tr role="row" className="grid">
              <td role="cell" className="px-4 py-10 text-center text-slate-600">{empty ?? 'No rows.'}</td>
            </tr>
          </tbody>
        ) : (
          <tbody role="rowgroup" className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              const grouped = row.getIsGrouped();
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  data-row-index={item.index}
                  ref={virtualizer.measureElement}
                  role="row"
                  tabIndex={item.index === 0 ? 0 : -1}
                  aria-rowindex={item.index + 2}
                  onKeyDown={(e) => onKeyDown(e, row, item.index)}
                  className={cn(
                    'absolute left-0 grid w-full border-b border-slate-100 outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-500',
                    grouped ? 'bg-slate-50 font-medium' : row.getIsSelected() ? 'bg-brand-50' : 'hover:bg-slate-50',
                  )}
                  style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: grouped ? '1fr' : template }}
                >
                  {grouped ? (
                    <td role="cell" className="flex items-center gap-2 px-2 py-2">
                      <button
                        type="button"
                        onClick={row.getToggleExpandedHandler()}
                        aria-expanded={row.getIsExpanded()}
                        aria-label={`${row.getIsExpanded() ? 'Collapse' : 'Expand'} group`}
                        className="grid size-6 place-items-center rounded hover:bg-slate-200"
                      >
                        {row.getIsExpanded() ? <ChevronDown className="size-4" aria-hidden /> : <ChevronRight className="size-4" aria-hidden />}
                      </button>
                      {renderGroup ? renderGroup(row) : String(row.groupingValue ?? '')}
                      <span className="text-xs font-normal text-slate-500">({row.subRows.length})</span>
                    </td>
                  ) : (
                    row.getVisibleCells().map((cell) => (
                      <td key={cell.id} role="cell" className="flex min-w-0 items-center px-2 py-1.5">
                        {cell.getIsPlaceholder() ? null : <table.FlexRender cell={cell} />}
                      </td>
                    ))
                  )}
                </tr>
              );
            })}
          </tbody>
        )}
      </table>
    </div>
  );
}

function sortState(s: false | 'asc' | 'desc'): 'ascending' | 'descending' | undefined {
  return s === 'asc' ? 'ascending' : s === 'desc' ? 'descending' : undefined;
}
