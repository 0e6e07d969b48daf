'use client';
import { ConflictDialog } from '@/components/live/conflict-dialog';
import type { PendingConflict } from '@/components/data-table/use-optimistic-rows';
import type { ConflictChoice } from '@/lib/domain/field-merge';
import { controlTypeLabel, statusLabel } from './tracker/view-state';
import type { MitigationItem } from './types';

/** A mitigation field's value as the tracker shows it. */
export function formatMitigationValue(field: string, value: unknown, members: readonly { id: string; name: string }[]): string {
  if (value === null || value === undefined || value === '') return field === 'ownerId' ? 'Unassigned' : field === 'dueDate' ? 'No date' : '(empty)';
  switch (field) {
    case 'status':
      return statusLabel(String(value));
    case 'controlType':
      return controlTypeLabel(String(value));
    case 'ownerId':
      return members.find((m) => m.id === value)?.name ?? 'A former member';
    case 'evidenceLinks':
      return Array.isArray(value) && value.length ? value.join('\n') : '(none)';
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** The conflict dialog for a mitigation edit someone else's change clashed with. */
export function MitigationConflictDialog({ conflict, members, onResolve, onCancel }: {
  conflict: PendingConflict<MitigationItem>;
  members: readonly { id: string; name: string }[];
  onResolve: (choices: Record<string, ConflictChoice>) => void;
  onCancel: () => void;
}) {
  return (
    <ConflictDialog
      what="mitigation"
      subject={String(conflict.details.conflicts.find((c) => c.field === 'title')?.theirs ?? conflict.row.title)}
      conflicts={conflict.details.conflicts.map((c) => ({ ...c, key: c.field }))}
      formatValue={(field, value) => formatMitigationValue(field, value, members)}
      onResolve={onResolve}
      onCancel={onCancel}
    />
  );
}
