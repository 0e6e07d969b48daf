'use client';
import { memo } from 'react';
import Link from 'next/link';
import { elementKindView } from '@/components/canvas/kinds';
import { Button } from '@/components/ui/button';
import { RiskBadge } from '../risk-badge';
import type { SuggestionItem } from '../types';
import type { SuggestionGroup } from './group';

export interface SuggestionCardProps {
  s: SuggestionItem;
  group: SuggestionGroup;
  canEdit: boolean;
  selected: boolean;
  busy: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
  onReopen: (id: string) => void;
  threatHref: (threatId: string) => string;
}

function targetLine(s: SuggestionItem): string {
  if (s.target.type === 'model') return 'Whole model';
  const kind = s.target.type === 'flow' ? 'Data flow' : s.target.kind ? elementKindView(s.target.kind).shortLabel : 'Element';
  return `${s.target.name} · ${kind}`;
}

/** One suggestion: what, where, and above all why (the rule's explanation). */
export const SuggestionCard = memo(function SuggestionCard({ s, group, canEdit, selected, busy, onSelect, onAccept, onDismiss, onReopen, threatHref }: SuggestionCardProps) {
  const titleId = `suggestion-${s.id}`;
  return (
    <li aria-labelledby={titleId} className="flex gap-3 rounded-md border border-slate-200 bg-white p-3">
      {canEdit && group === 'open' && (
        <input type="checkbox" className="mt-1 size-4 shrink-0" aria-label={`Select ${s.title} on ${s.target.name}`} checked={selected} onChange={(e) => onSelect(s.id, e.target.checked)} />
      )}
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h4 id={titleId} className="text-sm font-semibold text-slate-900">{s.title}</h4>
          <RiskBadge risk={s.risk} />
        </div>
        <p className="text-xs text-slate-600">{targetLine(s)}</p>
        <p className="text-sm text-slate-800"><span className="sr-only">Why: </span>{s.explanation}</p>
        <p className="text-xs text-slate-500">
          Rule <span className="font-mono">{s.ruleId}</span> · <span className="font-mono">{s.threatId}</span>
          {s.decidedBy && group !== 'open' && s.status !== 'open' && <> · {s.status === 'accepted' ? 'Accepted' : 'Dismissed'} by {s.decidedBy}</>}
        </p>
        {s.status === 'dismissed' && s.dismissReason && (
          <p className="rounded bg-slate-50 px-2 py-1 text-sm text-slate-700"><span className="font-medium">Reason:</span> {s.dismissReason}</p>
        )}
        {group === 'retired' && (
          <p className="text-sm text-amber-900">
            Trigger no longer present.
            {s.status === 'accepted' && ' The accepted threat stays in the register, flagged.'}
          </p>
        )}
        {s.status === 'accepted' && s.acceptedThreatId && (
          <Link href={threatHref(s.acceptedThreatId)} className="text-sm text-brand-700 hover:underline">Open in the register</Link>
        )}
      </div>
      {canEdit && (
        <div className="flex shrink-0 flex-col gap-1">
          {group === 'open' && (
            <>
              <Button size="sm" disabled={busy} onClick={() => onAccept(s.id)} aria-label={`Accept ${s.title} on ${s.target.name}`}>Accept</Button>
              <Button size="sm" variant="secondary" disabled={busy} onClick={() => onDismiss(s.id)} aria-label={`Dismiss ${s.title} on ${s.target.name}`}>Dismiss</Button>
            </>
          )}
          {group === 'dismissed' && (
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => onReopen(s.id)} aria-label={`Reopen ${s.title} on ${s.target.name}`}>Reopen</Button>
          )}
        </div>
      )}
    </li>
  );
});
