'use client';
import { Check } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { TextAreaField } from '@/components/ui/field';
import { allowedNextStatuses, mitigationWorkflow, type MitigationStatus } from '@/lib/domain/mitigation';
import type { MitigationChanges } from '../types';
import { statusLabel } from '../tracker/view-state';

/** The workflow as steps, with a button per move the workflow allows from here. */
export function WorkflowPanel({ status, rejectionReason, canEdit, pending, hasEvidence, onMove }: {
  status: string;
  rejectionReason: string | null;
  canEdit: boolean;
  pending: boolean;
  hasEvidence: boolean;
  onMove: (changes: MitigationChanges) => void;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const current = mitigationWorkflow.indexOf(status as MitigationStatus);
  const next = canEdit ? allowedNextStatuses(status as MitigationStatus) : [];
  const forward = next.filter((s) => s !== 'rejected' && (status === 'rejected' || mitigationWorkflow.indexOf(s) > current));
  const back = next.filter((s) => s !== 'rejected' && status !== 'rejected' && mitigationWorkflow.indexOf(s) < current);
  return (
    <section aria-labelledby="workflow-title" className="space-y-3">
      <h3 id="workflow-title" className="text-sm font-semibold text-slate-900">Workflow</h3>
      <ol aria-label="Workflow" className="flex flex-wrap items-center gap-1 text-xs">
        {mitigationWorkflow.map((s, i) => {
          const done = status !== 'rejected' && i < current;
          const here = s === status;
          return (
            <li key={s} aria-current={here ? 'step' : undefined} className={cn('flex items-center gap-1 rounded-full border px-2 py-1', here ? 'border-brand-600 bg-brand-50 font-semibold text-brand-700' : done ? 'border-emerald-300 bg-emerald-50 text-emerald-800' : 'border-slate-200 text-slate-600')}>
              {done && <Check className="size-3" aria-hidden />}
              {statusLabel(s)}
              {done && <span className="sr-only">(done)</span>}
            </li>
          );
        })}
        {status === 'rejected' && <li aria-current="step" className="rounded-full border border-red-300 bg-red-50 px-2 py-1 font-semibold text-red-800">Rejected</li>}
      </ol>
      {status === 'rejected' && rejectionReason && <p className="text-sm text-slate-700">Reason: {rejectionReason}</p>}
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          {forward.map((s) => (
            <Button key={s} size="sm" pending={pending} onClick={() => onMove({ status: s })}>
              {status === 'rejected' ? `Reopen as ${statusLabel(s)}` : `Move to ${statusLabel(s)}`}
            </Button>
          ))}
          {back.map((s) => (
            <Button key={s} size="sm" variant="secondary" disabled={pending} onClick={() => onMove({ status: s })}>Back to {statusLabel(s)}</Button>
          ))}
          {next.includes('rejected') && !rejecting && (
            <Button size="sm" variant="ghost" className="text-red-700" onClick={() => setRejecting(true)}>Reject…</Button>
          )}
        </div>
      )}
      {canEdit && forward.includes('verified') && !hasEvidence && (
        <p className="text-xs text-slate-600">Verifying needs evidence: describe or link it under Evidence (it is saved with the move).</p>
      )}
      {rejecting && (
        <div className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
          <TextAreaField label="Reason for rejecting" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
          <div className="flex gap-2">
            <Button size="sm" variant="danger" disabled={reason.trim().length < 3} pending={pending} onClick={() => { onMove({ status: 'rejected', rejectionReason: reason.trim() }); setRejecting(false); setReason(''); }}>
              Confirm rejection
            </Button>
            <Button size="sm" variant="secondary" onClick={() => setRejecting(false)}>Cancel</Button>
          </div>
        </div>
      )}
    </section>
  );
}
