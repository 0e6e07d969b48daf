'use client';
import { memo, useState } from 'react';
import { allowedNextStatuses, type MitigationStatus } from '@/lib/domain/mitigation';
import { cn } from '@/components/ui/cn';
import type { MitigationChanges, MitigationItem } from '../types';
import { statusLabel } from './view-state';

const select = 'h-8 w-full min-w-0 rounded-md border border-slate-300 bg-white px-1.5 text-sm';

export interface MitigationCellProps {
  item: MitigationItem;
  canEdit: boolean;
  onEdit: (item: MitigationItem, changes: MitigationChanges) => void;
}

const statusTone: Record<string, string> = {
  proposed: 'bg-slate-100 text-slate-700',
  planned: 'bg-sky-100 text-sky-900',
  'in-progress': 'bg-amber-100 text-amber-900',
  implemented: 'bg-violet-100 text-violet-900',
  verified: 'bg-emerald-100 text-emerald-800',
  rejected: 'bg-red-100 text-red-800',
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={cn('inline-flex whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium', statusTone[status] ?? statusTone.proposed)}>{statusLabel(status)}</span>;
}

/** Only the moves the workflow allows are offered; Rejected asks for a reason first. */
export const StatusCell = memo(function StatusCell({ item, canEdit, onEdit, onReject }: MitigationCellProps & { onReject: (item: MitigationItem) => void }) {
  if (!canEdit) return <StatusBadge status={item.status} />;
  const options = [item.status as MitigationStatus, ...allowedNextStatuses(item.status as MitigationStatus)];
  return (
    <select
      aria-label={`Status of ${item.title}`}
      className={select}
      value={item.status}
      onChange={(e) => {
        const to = e.target.value as MitigationStatus;
        if (to === 'rejected') onReject(item);
        else onEdit(item, { status: to });
      }}
    >
      {options.map((s) => <option key={s} value={s}>{s === 'rejected' ? 'Rejected…' : statusLabel(s)}</option>)}
    </select>
  );
});

export const OwnerCell = memo(function OwnerCell({ item, canEdit, onEdit, members }: MitigationCellProps & { members: readonly { id: string; name: string }[] }) {
  if (!canEdit) return <span className="truncate">{item.owner?.name ?? <span className="text-slate-500">Unassigned</span>}</span>;
  const known = !item.owner || members.some((m) => m.id === item.owner!.id);
  return (
    <select aria-label={`Owner of ${item.title}`} className={select} value={item.owner?.id ?? ''} onChange={(e) => onEdit(item, { ownerId: e.target.value || null })}>
      <option value="">Unassigned</option>
      {!known && <option value={item.owner!.id}>{item.owner!.name}</option>}
      {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
    </select>
  );
});

/** A date input committed on blur or Enter, so half-typed dates are never sent. */
export const DueCell = memo(function DueCell({ item, canEdit, onEdit }: MitigationCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const overdue = item.overdue ? <span className="ml-1 rounded bg-red-100 px-1 text-[11px] font-medium text-red-800">Overdue</span> : null;
  if (!canEdit) return <span className="whitespace-nowrap">{item.dueDate ?? <span className="text-slate-500">No date</span>}{overdue}</span>;
  const commit = () => {
    if (draft === null) return;
    const value = draft || null;
    setDraft(null);
    if (value !== item.dueDate && (value === null || /^\d{4}-\d{2}-\d{2}$/.test(value))) onEdit(item, { dueDate: value });
  };
  return (
    <span className="flex min-w-0 items-center">
      <input
        type="date"
        aria-label={`Due date of ${item.title}`}
        className={cn(select, item.overdue && 'border-red-400 text-red-800')}
        value={draft ?? item.dueDate ?? ''}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {item.overdue && <span className="sr-only">Overdue</span>}
    </span>
  );
});
