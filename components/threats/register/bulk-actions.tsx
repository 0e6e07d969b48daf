'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { bulkUpdateThreatsAction, deleteThreatsAction } from '@/app/(app)/w/[workspace]/models/[modelId]/threats/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useAction } from '@/components/ui/use-action';
import { threatStatuses, threatStatusLabels, type ThreatStatus } from '@/lib/domain/threat';
import type { MemberOption } from '../types';

const select = 'h-8 rounded-md border border-slate-300 bg-white px-2 text-sm';

/** Shown while rows are selected: set status, set owner, delete (with confirmation). */
export function BulkActions({ modelId, ids, members, onDone }: { modelId: string; ids: string[]; members: readonly MemberOption[]; onDone: () => void }) {
  const router = useRouter();
  const update = useAction(bulkUpdateThreatsAction);
  const remove = useAction(deleteThreatsAction);
  const [status, setStatus] = useState('');
  const [owner, setOwner] = useState('');
  const [confirming, setConfirming] = useState(false);
  const done = () => {
    onDone();
    router.refresh();
  };
  const error = update.error ?? remove.error;
  return (
    <div role="region" aria-label="Bulk actions" className="space-y-2 rounded-lg border border-brand-200 bg-brand-50 p-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-900">{ids.length} selected</span>
        <label className="flex items-center gap-1">
          <span className="text-slate-700">Status</span>
          <select aria-label="New status for selected threats" className={select} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Choose…</option>
            {threatStatuses.map((s) => <option key={s} value={s}>{threatStatusLabels[s]}</option>)}
          </select>
        </label>
        <Button size="sm" variant="secondary" disabled={!status} pending={update.pending} onClick={() => update.run({ modelId, threatIds: ids, changes: { status: status as ThreatStatus } }, done)}>
          Set status
        </Button>
        <label className="flex items-center gap-1">
          <span className="text-slate-700">Owner</span>
          <select aria-label="New owner for selected threats" className={select} value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">Choose…</option>
            <option value="none">Unassigned</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
        <Button size="sm" variant="secondary" disabled={!owner} pending={update.pending} onClick={() => update.run({ modelId, threatIds: ids, changes: { ownerId: owner === 'none' ? null : owner } }, done)}>
          Set owner
        </Button>
        <Button size="sm" variant="danger" className="ml-auto" onClick={() => setConfirming(true)}>
          Delete…
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>Clear selection</Button>
      </div>
      {error && <Alert tone="error">{error.message}</Alert>}
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${ids.length} ${ids.length === 1 ? 'threat' : 'threats'}?`}
        description="They are removed from the register; suggestions they came from go back to open. This cannot be undone."
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>Cancel</Button>
          <Button variant="danger" pending={remove.pending} onClick={() => remove.run({ modelId, threatIds: ids }, () => { setConfirming(false); done(); })}>
            Delete
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
