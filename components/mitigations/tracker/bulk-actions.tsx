'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { bulkUpdateMitigationsAction, deleteMitigationsAction } from '@/app/(app)/w/[workspace]/mitigations/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useAction } from '@/components/ui/use-action';
import { mitigationStatuses, mitigationStatusLabels, type MitigationStatus } from '@/lib/domain/mitigation';
import { RejectDialog } from '../reject-dialog';

const select = 'h-8 rounded-md border border-slate-300 bg-white px-2 text-sm';

/** Shown while rows are selected: status (all or nothing), owner, delete. */
export function MitigationBulkActions({ workspaceId, ids, members, onDone }: {
  workspaceId: string;
  ids: string[];
  members: readonly { id: string; name: string }[];
  onDone: () => void;
}) {
  const router = useRouter();
  const update = useAction(bulkUpdateMitigationsAction);
  const remove = useAction(deleteMitigationsAction);
  const [status, setStatus] = useState('');
  const [owner, setOwner] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const done = () => {
    setRejecting(false);
    setConfirming(false);
    onDone();
    router.refresh();
  };
  const setStatusNow = () => {
    if (status === 'rejected') setRejecting(true);
    else update.run({ workspaceId, mitigationIds: ids, changes: { status: status as MitigationStatus } }, done);
  };
  const error = update.error ?? remove.error;
  return (
    <div role="region" aria-label="Bulk actions" className="space-y-2 rounded-lg border border-brand-200 bg-brand-50 p-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-900">{ids.length} selected</span>
        <label className="flex items-center gap-1">
          <span className="text-slate-700">Status</span>
          <select aria-label="New status for selected mitigations" className={select} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Choose…</option>
            {mitigationStatuses.map((s) => <option key={s} value={s}>{mitigationStatusLabels[s]}</option>)}
          </select>
        </label>
        <Button size="sm" variant="secondary" disabled={!status} pending={update.pending} onClick={setStatusNow}>Set status</Button>
        <label className="flex items-center gap-1">
          <span className="text-slate-700">Owner</span>
          <select aria-label="New owner for selected mitigations" className={select} value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">Choose…</option>
            <option value="none">Unassigned</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
        <Button size="sm" variant="secondary" disabled={!owner} pending={update.pending} onClick={() => update.run({ workspaceId, mitigationIds: ids, changes: { ownerId: owner === 'none' ? null : owner } }, done)}>
          Set owner
        </Button>
        <Button size="sm" variant="danger" className="ml-auto" onClick={() => setConfirming(true)}>Delete…</Button>
        <Button size="sm" variant="ghost" onClick={onDone}>Clear selection</Button>
      </div>
      {error && <Alert tone="error" title="Nothing was changed">{error.message}</Alert>}
      <RejectDialog
        open={rejecting}
        count={ids.length}
        pending={update.pending}
        onCancel={() => setRejecting(false)}
        onConfirm={(reason) => update.run({ workspaceId, mitigationIds: ids, changes: { status: 'rejected', rejectionReason: reason } }, done)}
      />
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${ids.length} ${ids.length === 1 ? 'mitigation' : 'mitigations'}?`}
        description="They are removed with their links to threats and their timelines. This cannot be undone."
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>Cancel</Button>
          <Button variant="danger" pending={remove.pending} onClick={() => remove.run({ workspaceId, mitigationIds: ids }, done)}>Delete</Button>
        </div>
      </Dialog>
    </div>
  );
}
