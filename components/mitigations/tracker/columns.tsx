'use client';
import { createColumnHelper } from '@tanstack/react-table';
import { ColumnHeader } from '@/components/data-table/column-header';
import type { DataTableFeatures } from '@/components/data-table/features';
import { EditingAvatars } from '@/components/live/editing-avatars';
import { RiskBadge } from '@/components/threats/risk-badge';
import { mitigationStatuses, type MitigationStatus } from '@/lib/domain/mitigation';
import { riskRank } from '@/lib/domain/risk';
import type { MitigationChanges, MitigationItem } from '../types';
import { DueCell, OwnerCell, StatusCell } from './inline-cells';
import { controlTypeLabel } from './view-state';

const helper = createColumnHelper<DataTableFeatures, MitigationItem>();

export interface MitigationColumnContext {
  canEdit: boolean;
  /** The workspace-wide tracker shows which model each mitigation belongs to. */
  showModel: boolean;
  members: readonly { id: string; name: string }[];
  onOpen: (item: MitigationItem) => void;
  onEdit: (item: MitigationItem, changes: MitigationChanges) => void;
  onReject: (item: MitigationItem) => void;
}

const statusOrder = (s: string) => mitigationStatuses.indexOf(s as MitigationStatus);

/** Column definitions of the tracker, apart from the generic table shell. */
export function mitigationColumns(ctx: MitigationColumnContext) {
  const select = helper.display({
    id: 'select',
    enableHiding: false,
    enableSorting: false,
    meta: { width: '2.5rem', label: 'Select' },
    header: ({ table }) => (
      <input
        type="checkbox"
        aria-label="Select all shown mitigations"
        className="size-4"
        checked={table.getIsAllRowsSelected()}
        ref={(el) => {
          if (el) el.indeterminate = table.getIsSomeRowsSelected();
        }}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input type="checkbox" aria-label={`Select ${row.original.title}`} className="size-4" checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
    ),
  });

  const columns = helper.columns([
    helper.accessor('title', {
      id: 'title',
      enableHiding: false,
      meta: { width: 'minmax(16rem, 2.2fr)', label: 'Mitigation' },
      header: ({ column }) => <ColumnHeader column={column} title="Mitigation" />,
      cell: ({ row }) => (
        <span className="min-w-0">
          <span className="flex min-w-0 items-center gap-2">
            <button
              type="button"
              onClick={() => ctx.onOpen(row.original)}
              className="block min-w-0 truncate text-left font-medium text-slate-900 hover:text-brand-700 hover:underline"
              title={row.original.title}
            >
              {row.original.title}
            </button>
            <EditingAvatars type="mitigation" id={row.original.id} />
          </span>
          <span className="block truncate text-xs text-slate-500">
            {controlTypeLabel(row.original.controlType)}
            {row.original.catalogueId && <span className="font-mono"> · {row.original.catalogueId}</span>}
          </span>
        </span>
      ),
    }),
    helper.accessor('modelName', {
      id: 'model',
      meta: { width: 'minmax(9rem, 1fr)', label: 'Model' },
      header: ({ column }) => <ColumnHeader column={column} title="Model" />,
      cell: ({ getValue }) => <span className="truncate">{getValue()}</span>,
    }),
    helper.accessor('status', {
      id: 'status',
      meta: { width: '9.5rem', label: 'Status' },
      header: ({ column }) => <ColumnHeader column={column} title="Status" />,
      sortFn: (a, b) => statusOrder(a.original.status) - statusOrder(b.original.status),
      cell: ({ row }) => <StatusCell item={row.original} canEdit={ctx.canEdit} onEdit={ctx.onEdit} onReject={ctx.onReject} />,
    }),
    helper.accessor((m) => m.owner?.name ?? '', {
      id: 'owner',
      meta: { width: '10rem', label: 'Owner' },
      header: ({ column }) => <ColumnHeader column={column} title="Owner" />,
      cell: ({ row }) => <OwnerCell item={row.original} canEdit={ctx.canEdit} onEdit={ctx.onEdit} members={ctx.members} />,
    }),
    helper.accessor((m) => m.dueDate ?? '', {
      id: 'due',
      meta: { width: '10.5rem', label: 'Due' },
      header: ({ column }) => <ColumnHeader column={column} title="Due" />,
      // Undated work sorts after dated work in both directions' natural reading.
      sortFn: (a, b) => (a.original.dueDate ?? '9999-12-31').localeCompare(b.original.dueDate ?? '9999-12-31'),
      cell: ({ row }) => <DueCell item={row.original} canEdit={ctx.canEdit} onEdit={ctx.onEdit} />,
    }),
    helper.accessor((m) => m.maxRisk ?? '', {
      id: 'risk',
      meta: { width: '7rem', label: 'Highest risk' },
      header: ({ column }) => <ColumnHeader column={column} title="Risk" />,
      sortDescFirst: true,
      sortFn: (a, b) => (a.original.maxRisk ? riskRank[a.original.maxRisk] : 0) - (b.original.maxRisk ? riskRank[b.original.maxRisk] : 0),
      cell: ({ row }) => (row.original.maxRisk ? <RiskBadge risk={row.original.maxRisk} /> : <span className="text-slate-500">—</span>),
    }),
    helper.accessor((m) => m.threats.length, {
      id: 'threats',
      meta: { width: 'minmax(10rem, 1.4fr)', label: 'Threats and stages' },
      header: ({ column }) => <ColumnHeader column={column} title="Threats" />,
      cell: ({ row }) => {
        const m = row.original;
        return (
          <span className="min-w-0">
            <span className="block truncate" title={m.threats.map((t) => t.title).join('\n')}>
              {m.threats.length === 0 ? <span className="text-slate-500">No threats</span> : m.threats.length === 1 ? m.threats[0]!.title : `${m.threats.length} threats`}
            </span>
            {m.stages.length > 0 && <span className="block truncate text-xs text-slate-500">{m.stages.join(', ')}</span>}
          </span>
        );
      },
    }),
  ]);
  const visible = ctx.showModel ? columns : columns.filter((c) => c.id !== 'model');
  return ctx.canEdit ? [select, ...visible] : visible;
}
