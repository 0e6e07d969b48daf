'use client';
import { createColumnHelper } from '@tanstack/react-table';
import { MapPin } from 'lucide-react';
import Link from 'next/link';
import { ColumnHeader } from '@/components/data-table/column-header';
import type { DataTableFeatures, DataTableRow } from '@/components/data-table/features';
import { elementKindView } from '@/components/canvas/kinds';
import { EditingAvatars } from '@/components/live/editing-avatars';
import { threatSourceLabels, type ThreatSource } from '@/lib/domain/threat';
import { RiskBadge } from '../risk-badge';
import type { MemberOption, ThreatItem } from '../types';
import { categoryLabel, citesAny, frameworkFilterOptions, frameworksOf, inFacet, matchesSearch, searchText, targetKey, type ThreatChanges } from './filters';
import { OwnerCell, RatingCell, StatusCell } from './inline-cells';

const helper = createColumnHelper<DataTableFeatures, ThreatItem>();
type ThreatRowT = DataTableRow<ThreatItem>;

const facet = (row: ThreatRowT, columnId: string, value: string[]) => inFacet(row.getValue(columnId), value);
const frameworkShort = new Map<string, string>(frameworkFilterOptions.map((f) => [f.value, f.label]));

// Search text is built once per row object (rows are replaced, not mutated, on edits).
const searchCache = new WeakMap<ThreatItem, string>();
export function threatMatchesSearch(row: ThreatRowT, _columnId: string, query: string): boolean {
  let text = searchCache.get(row.original);
  if (text === undefined) {
    text = searchText(row.original);
    searchCache.set(row.original, text);
  }
  return matchesSearch(text, String(query ?? ''));
}

export interface ThreatColumnContext {
  canEdit: boolean;
  members: readonly MemberOption[];
  canvasHref: (targetId: string) => string;
  onOpen: (threat: ThreatItem) => void;
  onEdit: (threat: ThreatItem, changes: ThreatChanges) => void;
}

/** Column definitions of the register, apart from the generic table shell. */
export function threatColumns(ctx: ThreatColumnContext) {
  const select = helper.display({
    id: 'select',
    enableHiding: false,
    enableSorting: false,
    meta: { width: '2.5rem', label: 'Select' },
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select all shown threats"
        className="size-4"
        checked={table.getIsAllRowsSelected()}
        ref={(el) => {
          if (el) el.indeterminate = table.getIsSomeRowsSelected();
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${row.original.title}`}
        className="size-4"
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  });

  const columns = helper.columns([
    helper.accessor('title', {
      id: 'title',
      enableHiding: false,
      meta: { width: 'minmax(16rem, 2.2fr)', label: 'Threat' },
      header: ({ column }) => <ColumnHeader column={column} title="Threat" />,
      cell: ({ row }) => (
        <span className="flex min-w-0 items-center gap-2">
          <button
            type="button"
            onClick={() => ctx.onOpen(row.original)}
            className="min-w-0 truncate text-left font-medium text-slate-900 hover:text-brand-700 hover:underline"
            title={row.original.title}
          >
            {row.original.title}
          </button>
          <EditingAvatars type="threat" id={row.original.id} />
          {row.original.triggerRetired && (
            <span className="shrink-0 rounded bg-amber-100 px-1.5 text-[11px] font-medium text-amber-900" title="The rule's trigger is no longer in the diagram">
              Trigger gone
            </span>
          )}
        </span>
      ),
    }),
    helper.accessor((t) => targetKey(t), {
      id: 'target',
      meta: { width: 'minmax(11rem, 1.2fr)', label: 'Stage' },
      header: ({ column }) => <ColumnHeader column={column} title="Stage" />,
      filterFn: facet,
      sortFn: (a, b) => a.original.target.name.localeCompare(b.original.target.name),
      cell: ({ row }) => {
        const t = row.original.target;
        return (
          <span className="flex min-w-0 items-center gap-1.5">
            <span className="min-w-0">
              <span className="block truncate">{t.name}</span>
              <span className="block truncate text-xs text-slate-500">{t.type === 'flow' ? 'Data flow' : t.kind ? elementKindView(t.kind).shortLabel : 'Model'}</span>
            </span>
            {t.id && (
              <Link href={ctx.canvasHref(t.id)} className="shrink-0 rounded p-1 text-slate-500 hover:bg-slate-200 hover:text-brand-700" aria-label={`Show ${t.name} on the canvas`} title="Show on the canvas">
                <MapPin className="size-3.5" aria-hidden />
              </Link>
            )}
          </span>
        );
      },
    }),
    helper.accessor('category', {
      id: 'category',
      meta: { width: 'minmax(9rem, 1fr)', label: 'Category' },
      header: ({ column }) => <ColumnHeader column={column} title="Category" />,
      filterFn: facet,
      cell: ({ getValue }) => <span className="truncate">{categoryLabel(getValue())}</span>,
    }),
    helper.accessor((t) => t.stride.join(''), {
      id: 'stride',
      meta: { width: '4.5rem', label: 'STRIDE' },
      header: 'STRIDE',
      enableSorting: false,
      cell: ({ getValue }) => <span className="font-mono text-xs">{getValue() || '—'}</span>,
    }),
    helper.accessor((t) => String(t.likelihood), {
      id: 'likelihood',
      meta: { width: '7.5rem', label: 'Likelihood' },
      header: ({ column }) => <ColumnHeader column={column} title="Likelihood" />,
      filterFn: facet,
      sortFn: (a, b) => a.original.likelihood - b.original.likelihood,
      cell: ({ row }) => <RatingCell field="likelihood" threat={row.original} canEdit={ctx.canEdit} onEdit={ctx.onEdit} />,
    }),
    helper.accessor((t) => String(t.impact), {
      id: 'impact',
      meta: { width: '7.5rem', label: 'Impact' },
      header: ({ column }) => <ColumnHeader column={column} title="Impact" />,
      filterFn: facet,
      sortFn: (a, b) => a.original.impact - b.original.impact,
      cell: ({ row }) => <RatingCell field="impact" threat={row.original} canEdit={ctx.canEdit} onEdit={ctx.onEdit} />,
    }),
    helper.accessor('risk', {
      id: 'risk',
      meta: { width: '7rem', label: 'Inherent risk' },
      header: ({ column }) => <ColumnHeader column={column} title="Inherent" />,
      filterFn: facet,
      sortFn: (a, b) => a.original.score - b.original.score,
      sortDescFirst: true,
      cell: ({ row }) => <RiskBadge risk={row.original.risk} score={row.original.score} />,
    }),
    // Side by side with inherent risk: what is left once verified mitigations count.
    helper.accessor((t) => t.residual.risk, {
      id: 'residual',
      meta: { width: '7rem', label: 'Residual risk' },
      header: ({ column }) => <ColumnHeader column={column} title="Residual" />,
      sortFn: (a, b) => a.original.residual.score - b.original.residual.score,
      sortDescFirst: true,
      cell: ({ row }) => (
        <span title={`Residual likelihood ${row.original.residual.likelihood} × impact ${row.original.residual.impact}`}>
          <span className="sr-only">Residual </span>
          <RiskBadge risk={row.original.residual.risk} score={row.original.residual.score} />
        </span>
      ),
    }),
    helper.accessor((t) => t.mitigations.length, {
      id: 'mitigations',
      meta: { width: '7.5rem', label: 'Mitigations' },
      header: ({ column }) => <ColumnHeader column={column} title="Mitigations" />,
      cell: ({ row }) => {
        const list = row.original.mitigations;
        if (!list.length) return <span className="text-slate-500">None</span>;
        const verified = list.filter((m) => m.status === 'verified').length;
        return <span title={list.map((m) => m.title).join('\n')}>{verified} of {list.length} verified</span>;
      },
    }),
    helper.accessor('status', {
      id: 'status',
      meta: { width: '9rem', label: 'Status' },
      header: ({ column }) => <ColumnHeader column={column} title="Status" />,
      filterFn: facet,
      cell: ({ row }) => <StatusCell threat={row.original} canEdit={ctx.canEdit} onEdit={ctx.onEdit} />,
    }),
    helper.accessor((t) => t.owner?.name ?? '', {
      id: 'owner',
      meta: { width: '9rem', label: 'Owner' },
      header: ({ column }) => <ColumnHeader column={column} title="Owner" />,
      cell: ({ row }) => <OwnerCell threat={row.original} canEdit={ctx.canEdit} onEdit={ctx.onEdit} members={ctx.members} />,
    }),
    helper.accessor((t) => frameworksOf(t.references), {
      id: 'frameworks',
      meta: { width: 'minmax(8rem, 1fr)', label: 'Frameworks' },
      header: 'Frameworks',
      enableSorting: false,
      filterFn: (row, columnId, value: string[]) => citesAny(row.getValue<string[]>(columnId), value),
      cell: ({ getValue }) => (
        <span className="flex flex-wrap gap-1">
          {getValue().map((f) => <span key={f} className="rounded bg-slate-100 px-1 text-[11px] text-slate-700">{frameworkShort.get(f) ?? f}</span>)}
        </span>
      ),
    }),
    helper.accessor('source', {
      id: 'source',
      meta: { width: '6.5rem', label: 'Source' },
      header: ({ column }) => <ColumnHeader column={column} title="Source" />,
      filterFn: facet,
      cell: ({ getValue }) => threatSourceLabels[getValue() as ThreatSource] ?? getValue(),
    }),
  ]);
  return ctx.canEdit ? [select, ...columns] : columns;
}
