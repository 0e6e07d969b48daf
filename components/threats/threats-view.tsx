'use client';
import type { ColumnFiltersState, Updater } from '@tanstack/react-table';
import { functionalUpdate } from '@tanstack/react-table';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { openThreatStatuses } from '@/lib/domain/threat';
import { RiskMatrix } from './matrix/risk-matrix';
import { ThreatConflictDialog } from './register/threat-conflict';
import { ThreatRegister } from './register/threat-register';
import { SuggestionsPanel } from './suggestions/suggestions-panel';
import type { MemberOption, MitigationOption, SuggestionItem, TargetOption, ThreatItem } from './types';
import { useThreatRows } from './use-threat-rows';

export interface ThreatsViewProps {
  workspaceSlug: string;
  modelId: string;
  canEdit: boolean;
  threats: ThreatItem[];
  suggestions: SuggestionItem[];
  lastRunAt: string | null;
  stale: boolean;
  members: MemberOption[];
  targets: TargetOption[];
  /** The model's mitigations, to link existing ones to a threat. */
  mitigations: MitigationOption[];
}

/** The Threats tab: suggestions, the risk matrix and the register, sharing one set of rows. */
export function ThreatsView(props: ThreatsViewProps) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { rows, edit, problem, clearProblem, reload, conflict, resolveConflict, cancelConflict } = useThreatRows(props.threats, props.members);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const onColumnFiltersChange = useCallback((u: Updater<ColumnFiltersState>) => setColumnFilters((old) => functionalUpdate(u, old)), []);
  const openThreatId = params.get('threat');

  const base = `/w/${props.workspaceSlug}/models/${props.modelId}`;
  const canvasHref = useCallback((id: string) => `${base}/canvas?focus=${encodeURIComponent(id)}`, [base]);
  const mitigationHref = useCallback((id: string) => `${base}/mitigations?mitigation=${encodeURIComponent(id)}`, [base]);
  const threatHref = useCallback((id: string) => `${base}/threats?threat=${encodeURIComponent(id)}`, [base]);
  // The open threat lives in the URL, so links from the canvas and suggestions open it too.
  const onOpenThreat = useCallback(
    (id: string | null) => router.replace(id ? `${pathname}?threat=${encodeURIComponent(id)}` : pathname, { scroll: false }),
    [router, pathname],
  );

  const likelihood = columnFilters.find((f) => f.id === 'likelihood')?.value as string[] | undefined;
  const impact = columnFilters.find((f) => f.id === 'impact')?.value as string[] | undefined;
  const activeCell = likelihood?.length === 1 && impact?.length === 1 ? { likelihood: Number(likelihood[0]), impact: Number(impact[0]) } : null;
  const onPickCell = (c: { likelihood: number; impact: number }) => {
    const same = activeCell?.likelihood === c.likelihood && activeCell.impact === c.impact;
    const keep = columnFilters.filter((f) => !['likelihood', 'impact', 'status'].includes(f.id));
    setColumnFilters(
      same ? keep : [...keep, { id: 'likelihood', value: [String(c.likelihood)] }, { id: 'impact', value: [String(c.impact)] }, { id: 'status', value: [...openThreatStatuses] }],
    );
    if (!same) document.getElementById('register')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <div className="space-y-6">
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <SuggestionsPanel
          modelId={props.modelId}
          suggestions={props.suggestions}
          lastRunAt={props.lastRunAt}
          stale={props.stale}
          canEdit={props.canEdit}
          threatHref={threatHref}
        />
        <div>
          <RiskMatrix threats={rows} onPick={onPickCell} active={activeCell} />
        </div>
      </div>
      <ThreatRegister
        modelId={props.modelId}
        rows={rows}
        canEdit={props.canEdit}
        members={props.members}
        targets={props.targets}
        canvasHref={canvasHref}
        csvHref={`/api/v1/models/${props.modelId}/threats/csv`}
        onEdit={edit}
        problem={problem}
        onDismissProblem={clearProblem}
        onReload={reload}
        columnFilters={columnFilters}
        onColumnFiltersChange={onColumnFiltersChange}
        openThreatId={openThreatId}
        onOpenThreat={onOpenThreat}
        mitigationOptions={props.mitigations}
        mitigationHref={mitigationHref}
      />
      {conflict && (
        <ThreatConflictDialog
          key={`${conflict.row.id}:${conflict.details.version}`}
          conflict={conflict}
          members={props.members}
          onResolve={resolveConflict}
          onCancel={cancelConflict}
        />
      )}
    </div>
  );
}
