import {
  columnFilteringFeature,
  columnGroupingFeature,
  columnVisibilityFeature,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowExpandingFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  type Row,
} from '@tanstack/react-table';
import type { ReactTable } from '@tanstack/react-table';

export interface DataTableColumnMeta {
  /** CSS grid track for the column, e.g. '8rem' or 'minmax(16rem, 1fr)'. */
  width?: string;
  /** Name shown in the column visibility menu (headers may be components). */
  label?: string;
}

/**
 * The features every data table in the app gets, declared once at module scope (TanStack Table
 * v9 re-creates row models when this object changes). Virtualisation is not a feature: the
 * shell renders the final row model through react-virtual.
 */
export const dataTableFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  groupedRowModel: createGroupedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
export type DataTable<TData extends object> = ReactTable<DataTableFeatures, TData>;
export type DataTableRow<TData extends object> = Row<DataTableFeatures, TData>;
