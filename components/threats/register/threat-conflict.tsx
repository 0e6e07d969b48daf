'use client';
import { ConflictDialog } from '@/components/live/conflict-dialog';
import type { ConflictChoice } from '@/lib/domain/field-merge';
import { impactLabels, likelihoodLabels } from '@/lib/domain/risk';
import { strideLabels, threatStatusLabels, type ThreatStatus } from '@/lib/domain/threat';
import type { MemberOption, ThreatItem } from '../types';
import type { PendingConflict } from '../use-threat-rows';
import { categoryLabel } from './filters';

/** A threat field's value as the register shows it. */
export function formatThreatValue(field: string, value: unknown, members: readonly MemberOption[]): string {
  if (value === null || value === undefined || value === '') return field === 'ownerId' ? 'Unassigned' : '(empty)';
  switch (field) {
    case 'status':
      return threatStatusLabels[value as ThreatStatus] ?? String(value);
    case 'ownerId':
      return members.find((m) => m.id === value)?.name ?? 'A former member';
    case 'likelihood':
      return `${String(value)} · ${likelihoodLabels[Number(value) - 1] ?? ''}`;
    case 'impact':
      return `${String(value)} · ${impactLabels[Number(value) - 1] ?? ''}`;
    case 'category':
      return categoryLabel(String(value));
    case 'stride':
      return Array.isArray(value) && value.length ? value.map((l) => strideLabels[l as keyof typeof strideLabels] ?? l).join(', ') : '(none)';
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** The conflict dialog for a threat edit someone else's change clashed with. */
export function ThreatConflictDialog({ conflict, members, onResolve, onCancel }: {
  conflict: PendingConflict<ThreatItem>;
  members: readonly MemberOption[];
  onResolve: (choices: Record<string, ConflictChoice>) => void;
  onCancel: () => void;
}) {
  return (
    <ConflictDialog
      what="threat"
      subject={String(conflict.details.conflicts.find((c) => c.field === 'title')?.theirs ?? conflict.row.title)}
      conflicts={conflict.details.conflicts.map((c) => ({ ...c, key: c.field }))}
      formatValue={(field, value) => formatThreatValue(field, value, members)}
      onResolve={onResolve}
      onCancel={onCancel}
    />
  );
}
