'use client';
import { memo } from 'react';
import { impactLabels, likelihoodLabels } from '@/lib/domain/risk';
import { threatStatuses, threatStatusLabels, type ThreatStatus } from '@/lib/domain/threat';
import type { MemberOption, ThreatItem } from '../types';
import type { ThreatChanges } from './filters';

const select = 'h-8 w-full min-w-0 rounded-md border border-slate-300 bg-white px-1.5 text-sm disabled:bg-slate-50';

export interface InlineEditProps {
  threat: ThreatItem;
  canEdit: boolean;
  onEdit: (threat: ThreatItem, changes: ThreatChanges) => void;
}

export const StatusCell = memo(function StatusCell({ threat, canEdit, onEdit }: InlineEditProps) {
  const label = threatStatusLabels[threat.status as keyof typeof threatStatusLabels] ?? threat.status;
  if (!canEdit) return <span>{label}</span>;
  return (
    <select aria-label={`Status of ${threat.title}`} className={select} value={threat.status} onChange={(e) => onEdit(threat, { status: e.target.value as ThreatStatus })}>
      {threatStatuses.map((s) => <option key={s} value={s}>{threatStatusLabels[s]}</option>)}
    </select>
  );
});

export const RatingCell = memo(function RatingCell({ threat, canEdit, onEdit, field }: InlineEditProps & { field: 'likelihood' | 'impact' }) {
  const labels = field === 'likelihood' ? likelihoodLabels : impactLabels;
  const value = threat[field];
  if (!canEdit) return <span title={labels[value - 1]}>{value}</span>;
  return (
    <select
      aria-label={`${field === 'likelihood' ? 'Likelihood' : 'Impact'} of ${threat.title}`}
      className={select}
      value={value}
      onChange={(e) => onEdit(threat, { [field]: Number(e.target.value) })}
    >
      {labels.map((l, i) => <option key={l} value={i + 1}>{i + 1} · {l}</option>)}
    </select>
  );
});

export const OwnerCell = memo(function OwnerCell({ threat, canEdit, onEdit, members }: InlineEditProps & { members: readonly MemberOption[] }) {
  if (!canEdit) return <span className="truncate">{threat.owner?.name ?? <span className="text-slate-400">Unassigned</span>}</span>;
  const known = !threat.owner || members.some((m) => m.id === threat.owner!.id);
  return (
    <select aria-label={`Owner of ${threat.title}`} className={select} value={threat.owner?.id ?? ''} onChange={(e) => onEdit(threat, { ownerId: e.target.value || null })}>
      <option value="">Unassigned</option>
      {!known && <option value={threat.owner!.id}>{threat.owner!.name}</option>}
      {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
    </select>
  );
});
