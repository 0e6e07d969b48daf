'use client';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { CellData, Column } from '@tanstack/react-table';
import type { DataTableFeatures } from './features';

/** A header that sorts its column (click cycles ascending, descending, none); aria-sort is on the th. */
export function ColumnHeader<TData extends object, TValue extends CellData>({ column, title }: { column: Column<DataTableFeatures, TData, TValue>; title: string }) {
  if (!column.getCanSort()) return <span>{title}</span>;
  const sorted = column.getIsSorted();
  const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase hover:bg-slate-200"
      title={`Sort by ${title.toLowerCase()}`}
    >
      {title}
      <Icon className="size-3.5" aria-hidden />
    </button>
  );
}
