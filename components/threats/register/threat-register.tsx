'use client';
import { useTable, type ColumnFiltersState, type ExpandedState, type GroupingState, type RowSelectionState, type SortingState, type Updater } from '@tanstack/react-table';
import { Download, Search } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { dataTableFeatures } from '@/components/data-table/features';
import { FacetedFilter } from '@/components/data-table/faceted-filter';
import { ViewOptions } from '@/components/data-table/view-options';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { riskLevelLabels, riskLevels } from '@/lib/domain/risk';
import { threatSourceLabels, threatSources, threatStatuses, threatStatusLabels } from '@/lib/domain/threat';
import type { EditBase, EditProblem } from '../use-threat-rows';
import type { MemberOption, MitigationOption, TargetOption, ThreatItem } from '../types';
import { ReadyToClose } from './ready-to-close';
import { AddThreatDialog } from './add-threat-dialog';
import { BulkActions } from './bulk-actions';
import { threatColumns, threatMatchesSearch } from './columns';
import { categoryLabel, frameworkFilterOptions, targetOptions, type ThreatChanges } from './filters';
import { ThreatDetailDialog } from './threat-detail-dialog';

export interface ThreatRegisterProps {
  modelId: string;
  rows: ThreatItem[];
  canEdit: boolean;
  members: readonly MemberOption[];
  targets: readonly TargetOption[];
  canvasHref: (targetId: string) => string;
  csvHref: string;
  onEdit: (threat: ThreatItem, changes: ThreatChanges, based?: EditBase<ThreatChanges>) => Promise<boolean>;
  problem: EditProblem | null;
  onDismissProblem: () => void;
  onReload: () => void;
  columnFilters: ColumnFiltersState;
  onColumnFiltersChange: (updater: Updater<ColumnFiltersState>) => void;
  openThreatId: string | null;
  onOpenThreat: (id: string | null) => void;
  mitigationOptions: readonly MitigationOption[];
  mitigationHref: (mitigationId: string) => string;
}

const facetFilters = [
  { id: 'category', title: 'Category' },
  { id: 'status', title: 'Status' },
  { id: 'risk', title: 'Risk' },
  { id: 'frameworks', title: 'Framework' },
  { id: 'source', title: 'Source' },
] as const;

/** The threat register: a filterable, groupable, virtualised table with inline and bulk editing. */
export function ThreatRegister(props: ThreatRegisterProps) {
  const { rows, canEdit, members, columnFilters, onColumnFiltersChange, onEdit, onOpenThreat } = props;
  const [sorting, setSorting] = useState<SortingState>([{ id: 'risk', desc: true }]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [grouping, setGrouping] = useState<GroupingState>([]);
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [adding, setAdding] = useState(false);

  const onOpen = useCallback((t: ThreatItem) => onOpenThreat(t.id), [onOpenThreat]);
  const onInlineEdit = useCallback((t: ThreatItem, c: ThreatChanges) => void onEdit(t, c), [onEdit]);
  const { canvasHref } = props;
  const columns = useMemo(() => threatColumns({ canEdit, members, canvasHref, onOpen, onEdit: onInlineEdit }), [canEdit, members, canvasHref, onOpen, onInlineEdit]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: (t) => t.id,
    state: { sorting, columnFilters, globalFilter, grouping, expanded, rowSelection },
    onSortingChange: setSorting,
    onColumnFiltersChange,
    onGlobalFilterChange: setGlobalFilter,
    onGroupingChange: setGrouping,
    onExpandedChange: setExpanded,
    onRowSelectionChange: setRowSelection,
    initialState: { columnVisibility: { source: false, stride: false } },
    globalFilterFn: threatMatchesSearch,
    getColumnCanGlobalFilter: (c) => c.id === 'title',
    enableRowSelection: canEdit,
    enableSubRowSelection: false,
    groupedColumnMode: false,
    autoResetExpanded: false,
  });

  const filterValue = (id: string) => (columnFilters.find((f) => f.id === id)?.value as string[] | undefined) ?? [];
  const setFilter = (id: string, value: string[]) =>
    onColumnFiltersChange((old) => [...old.filter((f) => f.id !== id), ...(value.length ? [{ id, value }] : [])]);

  const options = useMemo(() => {
    const count = (fn: (t: ThreatItem) => string[]) => {
      const m = new Map<string, number>();
      for (const t of rows) for (const v of fn(t)) m.set(v, (m.get(v) ?? 0) + 1);
      return m;
    };
    const cats = count((t) => [t.category]);
    const statuses = count((t) => [t.status]);
    const risks = count((t) => [t.risk]);
    const sources = count((t) => [t.source]);
    const fw = count((t) => Object.entries(t.references).flatMap(([k, v]) => (v.length ? [k] : [])));
    const targets = count((t) => [t.target.id ?? 'model']);
    return {
      target: targetOptions(rows).map((o) => ({ ...o, count: targets.get(o.value) })),
      category: [...cats.keys()].sort().map((c) => ({ value: c, label: categoryLabel(c), count: cats.get(c) })),
      status: threatStatuses.map((s) => ({ value: s, label: threatStatusLabels[s], count: statuses.get(s) ?? 0 })),
      risk: [...riskLevels].reverse().map((r) => ({ value: r, label: riskLevelLabels[r], count: risks.get(r) ?? 0 })),
      frameworks: frameworkFilterOptions.map((f) => ({ value: f.value, label: f.label, count: fw.get(f.value) ?? 0 })),
      source: threatSources.map((s) => ({ value: s, label: threatSourceLabels[s], count: sources.get(s) ?? 0 })),
    };
  }, [rows]);

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id] && rows.some((r) => r.id === id));
  const shown = table.getFilteredRowModel().rows.length;
  const filtered = columnFilters.length > 0 || globalFilter !== '';
  const openThreat = props.openThreatId ? rows.find((r) => r.id === props.openThreatId) ?? null : null;
  const groupedByStage = grouping.includes('target');

  return (
    <section aria-labelledby="register-title" className="space-y-3" id="register">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="register-title" className="text-base font-semibold text-slate-900">Threat register</h2>
          <p className="text-sm text-slate-600" aria-live="polite">
            {filtered ? `${shown} of ${rows.length} threats shown` : `${rows.length} ${rows.length === 1 ? 'threat' : 'threats'}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <a href={props.csvHref} download className="inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
            <Download className="size-3.5" aria-hidden /> Export CSV
          </a>
          {canEdit && (
            <Button size="sm" onClick={() => setAdding(true)}>
              Add threat
            </Button>
          )}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-2">
        <label className="relative">
          <span className="sr-only">Search threats</span>
          <Search className="pointer-events-none absolute left-2 top-1/2 size-3.5 -translate-y-1/2 text-slate-400" aria-hidden />
          <input
            type="search"
            value={globalFilter}
            onChange={(e) => setGlobalFilter(e.target.value)}
            placeholder="Search threats…"
            className="h-8 w-56 rounded-md border border-slate-300 bg-white pl-7 pr-2 text-sm"
          />
        </label>
        <FacetedFilter title="Stage" options={options.target} selected={filterValue('target')} onChange={(v) => setFilter('target', v)} />
        {facetFilters.map((f) => (
          <FacetedFilter key={f.id} title={f.title} options={options[f.id]} selected={filterValue(f.id)} onChange={(v) => setFilter(f.id, v)} />
        ))}
        {(columnFilters.length > 0 || globalFilter) && (
          <Button variant="ghost" size="sm" onClick={() => { onColumnFiltersChange([]); setGlobalFilter(''); }}>
            Reset filters
          </Button>
        )}
        <div className="ml-auto flex items-center gap-2">
          <Button variant="secondary" size="sm" aria-pressed={groupedByStage} onClick={() => setGrouping(groupedByStage ? [] : ['target'])}>
            {groupedByStage ? 'Ungroup' : 'Group by stage'}
          </Button>
          <ViewOptions table={table} />
        </div>
      </div>

      {props.problem && (
        <div className="flex items-start gap-2">
          <div className="flex-1">
            <Alert tone="error" title={props.problem.conflict ? 'Changed by someone else' : 'Change not saved'}>
              {props.problem.message}
            </Alert>
          </div>
          {props.problem.conflict && <Button variant="secondary" size="sm" onClick={() => { props.onDismissProblem(); props.onReload(); }}>Reload</Button>}
          <Button variant="ghost" size="sm" onClick={props.onDismissProblem}>Dismiss</Button>
        </div>
      )}

      <ReadyToClose rows={rows} canEdit={canEdit} onOpen={onOpen} onMark={(t) => void onEdit(t, { status: 'mitigated' })} />

      {canEdit && selectedIds.length > 0 && (
        <BulkActions modelId={props.modelId} ids={selectedIds} members={members} onDone={() => setRowSelection({})} />
      )}

      <DataTable
        table={table}
        label="Threat register"
        onOpenRow={onOpen}
        renderGroup={(row) => <span>{row.subRows[0]?.original.target.name ?? 'Stage'}</span>}
        empty={rows.length === 0 ? 'No threats yet. Accept suggestions above or add a threat.' : 'No threats match these filters.'}
      />

      {openThreat && (
        <ThreatDetailDialog
          threat={openThreat}
          canEdit={canEdit}
          onClose={() => onOpenThreat(null)}
          onEdit={onEdit}
          problem={props.problem}
          canvasHref={canvasHref}
          modelId={props.modelId}
          mitigationOptions={props.mitigationOptions}
          mitigationHref={props.mitigationHref}
        />
      )}
      {canEdit && <AddThreatDialog modelId={props.modelId} open={adding} onOpenChange={setAdding} targets={props.targets} />}
    </section>
  );
}
