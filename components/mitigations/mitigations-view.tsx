'use client';
import { useTable, type RowSelectionState, type SortingState, type Updater } from '@tanstack/react-table';
import { functionalUpdate } from '@tanstack/react-table';
import { Download } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { dataTableFeatures } from '@/components/data-table/features';
import { ViewOptions } from '@/components/data-table/view-options';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { mitigationStatuses, mitigationStatusLabels } from '@/lib/domain/mitigation';
import { riskLevelLabels, riskLevels } from '@/lib/domain/risk';
import { filterMitigations, filtersToSearch, type TrackerFilters } from '@/lib/tracker/filters';
import { AddMitigationDialog } from './add-mitigation-dialog';
import { MitigationDetailDialog } from './detail/mitigation-detail-dialog';
import { MitigationConflictDialog } from './mitigation-conflict';
import { RejectDialog } from './reject-dialog';
import { MitigationBulkActions } from './tracker/bulk-actions';
import { mitigationColumns } from './tracker/columns';
import { TrackerToolbar } from './tracker/tracker-toolbar';
import { csvHref, readFilters, sortingFromParam, sortingToParam } from './tracker/view-state';
import type { MitigationChanges, MitigationDetailData, MitigationItem, ModelOption } from './types';
import { useMitigationRows } from './use-mitigation-rows';

export interface MitigationsViewProps {
  workspaceId: string;
  workspaceSlug: string;
  /** Set on a model's Mitigations tab; the workspace tracker spans every model. */
  modelId?: string;
  canEdit: boolean;
  meId: string;
  /** The server's today (YYYY-MM-DD), so overdue and "this week" match the CSV export. */
  today: string;
  mitigations: MitigationItem[];
  members: { id: string; name: string }[];
  models: ModelOption[];
  /** The mitigation opened through ?mitigation=, with its timeline. */
  detail: MitigationDetailData | null;
  /** Threats of the model, for "Add mitigation" on a model's tab. */
  threatOptions: { id: string; title: string }[];
}

/** The mitigation tracker: saved views in the URL, filters, inline and bulk edits, CSV export. */
export function MitigationsView(props: MitigationsViewProps) {
  const { canEdit, members, today, meId } = props;
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filters = useMemo(() => readFilters(new URLSearchParams(params.toString())), [params]);
  const openId = params.get('mitigation');
  const { rows, edit, problem, clearProblem, reload, conflict, resolveConflict, cancelConflict } = useMitigationRows(props.mitigations, members, today);
  const [search, setSearch] = useState(filters.q ?? '');
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [rejecting, setRejecting] = useState<MitigationItem | null>(null);
  const [adding, setAdding] = useState(false);

  // The view lives in the URL: replaceState updates it without a server round trip.
  const urlWith = useCallback(
    (next: TrackerFilters, open: string | null) => {
      const p = new URLSearchParams(filtersToSearch(next));
      if (open) p.set('mitigation', open);
      const qs = p.toString();
      return `${pathname}${qs ? `?${qs}` : ''}`;
    },
    [pathname],
  );
  const setFilters = useCallback(
    (next: TrackerFilters) => {
      setSearch(next.q ?? '');
      window.history.replaceState(null, '', urlWith(next, openId));
    },
    [openId, urlWith],
  );
  const onSearch = (q: string) => {
    setSearch(q);
    const { q: _old, ...rest } = filters;
    window.history.replaceState(null, '', urlWith(q.trim() ? { ...rest, q } : rest, openId));
  };
  const sorting = useMemo(() => sortingFromParam(filters.sort), [filters.sort]);
  const onSortingChange = (u: Updater<SortingState>) => {
    const { sort: _old, ...rest } = filters;
    const sort = sortingToParam(functionalUpdate(u, sorting));
    window.history.replaceState(null, '', urlWith(sort ? { ...rest, sort } : rest, openId));
  };
  // Opening a mitigation asks the server for its timeline: a real navigation.
  const onOpen = useCallback((m: MitigationItem) => router.replace(urlWith(filters, m.id), { scroll: false }), [router, urlWith, filters]);
  // Closing needs nothing from the server: no navigation, so the table (and anything being typed
  // into it) is not re-rendered from scratch while the route reloads.
  const onClose = () => window.history.replaceState(null, '', urlWith(filters, null));

  const onInlineEdit = useCallback((m: MitigationItem, c: MitigationChanges) => void edit(m, c), [edit]);
  const columns = useMemo(
    () => mitigationColumns({ canEdit, showModel: !props.modelId, members, onOpen, onEdit: onInlineEdit, onReject: setRejecting }),
    [canEdit, props.modelId, members, onOpen, onInlineEdit],
  );
  const shownRows = useMemo(() => filterMitigations(rows, filters, { today, meId }), [rows, filters, today, meId]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: shownRows,
    getRowId: (m) => m.id,
    state: { sorting, rowSelection },
    onSortingChange,
    onRowSelectionChange: setRowSelection,
    enableRowSelection: canEdit,
  });

  const options = useMemo(() => {
    const count = (fn: (m: MitigationItem) => string[]) => {
      const c = new Map<string, number>();
      for (const m of rows) for (const v of fn(m)) c.set(v, (c.get(v) ?? 0) + 1);
      return c;
    };
    const statuses = count((m) => [m.status]);
    const owners = count((m) => (m.owner ? [m.owner.id] : []));
    const risks = count((m) => (m.maxRisk ? [m.maxRisk] : []));
    const models = count((m) => [m.modelId]);
    return {
      status: mitigationStatuses.map((s) => ({ value: s, label: mitigationStatusLabels[s], count: statuses.get(s) ?? 0 })),
      owner: [{ value: 'me', label: 'Me', count: owners.get(meId) ?? 0 }, ...members.map((m) => ({ value: m.id, label: m.name, count: owners.get(m.id) ?? 0 }))],
      risk: [...riskLevels].reverse().map((r) => ({ value: r, label: riskLevelLabels[r], count: risks.get(r) ?? 0 })),
      model: props.modelId ? null : props.models.map((m) => ({ value: m.id, label: m.name, count: models.get(m.id) ?? 0 })),
      stages: [...new Set(rows.flatMap((m) => m.stages))].sort((a, b) => a.localeCompare(b)),
    };
  }, [rows, members, meId, props.modelId, props.models]);

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id] && shownRows.some((r) => r.id === id));
  const detail = props.detail && props.detail.mitigation.id === openId ? props.detail : null;
  const openRow = detail ? (rows.find((r) => r.id === detail.mitigation.id) ?? detail.mitigation) : null;
  const narrowed = shownRows.length !== rows.length;

  return (
    <section aria-labelledby="tracker-title" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="tracker-title" className="text-base font-semibold text-slate-900">Mitigation tracker</h2>
          <p className="text-sm text-slate-600" aria-live="polite">
            {narrowed ? `${shownRows.length} of ${rows.length} mitigations shown` : `${rows.length} ${rows.length === 1 ? 'mitigation' : 'mitigations'}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <a
            href={csvHref(props.workspaceId, filters, props.modelId)}
            download
            className="inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            <Download className="size-3.5" aria-hidden /> Export CSV
          </a>
          <ViewOptions table={table} />
          {canEdit && props.modelId && <Button size="sm" onClick={() => setAdding(true)}>Add mitigation</Button>}
        </div>
      </div>

      <TrackerToolbar filters={filters} onChange={setFilters} search={search} onSearch={onSearch} options={options} />

      {problem && (
        <div className="flex items-start gap-2">
          <div className="flex-1">
            <Alert tone="error" title={problem.conflict ? 'Changed by someone else' : 'Change not saved'}>{problem.message}</Alert>
          </div>
          {problem.conflict && <Button variant="secondary" size="sm" onClick={() => { clearProblem(); reload(); }}>Reload</Button>}
          <Button variant="ghost" size="sm" onClick={clearProblem}>Dismiss</Button>
        </div>
      )}

      {canEdit && selectedIds.length > 0 && (
        <MitigationBulkActions workspaceId={props.workspaceId} ids={selectedIds} members={members} onDone={() => setRowSelection({})} />
      )}

      <DataTable
        table={table}
        label="Mitigation tracker"
        rowHeight={52}
        onOpenRow={onOpen}
        empty={rows.length === 0 ? 'No mitigations yet. Add them from a threat in the register, or with “Add mitigation” on a model.' : 'No mitigations match this view.'}
      />

      {rejecting && (
        <RejectDialog
          open
          count={1}
          title={rejecting.title}
          onCancel={() => setRejecting(null)}
          onConfirm={(reason) => {
            const item = rejecting;
            setRejecting(null);
            void edit(item, { status: 'rejected', rejectionReason: reason });
          }}
        />
      )}
      {detail && openRow && (
        <MitigationDetailDialog
          key={detail.mitigation.id}
          item={openRow}
          detail={detail}
          canEdit={canEdit}
          members={members}
          workspaceSlug={props.workspaceSlug}
          problem={problem}
          onEdit={edit}
          onClose={onClose}
        />
      )}
      {conflict && (
        <MitigationConflictDialog
          key={`${conflict.row.id}:${conflict.details.version}`}
          conflict={conflict}
          members={members}
          onResolve={resolveConflict}
          onCancel={cancelConflict}
        />
      )}
      {canEdit && props.modelId && (
        <AddMitigationDialog modelId={props.modelId} open={adding} onOpenChange={setAdding} members={members} threats={props.threatOptions} />
      )}
    </section>
  );
}
