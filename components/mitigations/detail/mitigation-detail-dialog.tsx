'use client';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type FormEvent } from 'react';
import type { EditBase, EditProblem } from '@/components/data-table/use-optimistic-rows';
import { EditingNotice } from '@/components/live/editing-avatars';
import { useChangedBy, useEditingPresence, useLiveDraft } from '@/components/live/use-live-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FieldShell, TextAreaField, TextField } from '@/components/ui/field';
import { controlTypeLabels, controlTypes, mitigationFieldLabels } from '@/lib/domain/mitigation';
import { StatusBadge } from '../tracker/inline-cells';
import { controlTypeLabel, parseLinks } from '../tracker/view-state';
import { draftChanges, draftOf, type Draft } from './draft';
import type { MitigationChanges, MitigationDetailData, MitigationItem } from '../types';
import { LinkedThreats } from './linked-threats';
import { MitigationTimeline } from './timeline';
import { WorkflowPanel } from './workflow-panel';

const selectCls = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';

/** A mitigation: workflow, fields, evidence, linked threats with their reductions, and its timeline. */
export function MitigationDetailDialog({ item, detail, canEdit, members, workspaceSlug, problem, onEdit, onClose }: {
  item: MitigationItem;
  detail: MitigationDetailData;
  canEdit: boolean;
  members: readonly { id: string; name: string }[];
  workspaceSlug: string;
  problem: EditProblem | null;
  onEdit: (item: MitigationItem, changes: MitigationChanges, based?: EditBase<MitigationChanges>) => Promise<boolean>;
  onClose: () => void;
}) {
  const router = useRouter();
  const latest = useMemo(() => draftOf(item), [item]);
  const d = useLiveDraft(latest, item.version);
  const changedBy = useChangedBy('mitigation', item.id);
  useEditingPresence('mitigation', item.id, canEdit);
  const draft = d.draft;
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => {
    setSaved(false);
    d.set(k, e.target.value);
  };
  const pendingEdit = draftChanges(d.base, d.changes);
  const dirty = Object.keys(pendingEdit.changes).length > 0;

  async function send(changes: MitigationChanges, base: MitigationChanges) {
    const sent = d.changes;
    setPending(true);
    const ok = await onEdit(item, changes, { base, version: d.version });
    setPending(false);
    if (ok) {
      d.commit(sent);
      setSaved(true);
      router.refresh(); // the timeline and linked threats come from the server
    }
    return ok;
  }
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (dirty) void send(pendingEdit.changes, pendingEdit.base);
  }
  // A move carries unsaved field edits with it, so "add evidence, then verify" is one step.
  const onMove = (changes: MitigationChanges) =>
    void send({ ...pendingEdit.changes, ...changes }, { ...pendingEdit.base, status: item.status as MitigationChanges['status'] });
  const hasEvidence = Boolean(draft.evidence.trim() || parseLinks(draft.evidenceLinks).length);
  const threatHref = (threatId: string) => `/w/${workspaceSlug}/models/${item.modelId}/threats?threat=${encodeURIComponent(threatId)}`;
  const clashLabels = d.clashes.map((f) => mitigationFieldLabels[f as keyof typeof mitigationFieldLabels]?.toLowerCase() ?? f);

  return (
    <Dialog
      open
      size="lg"
      onOpenChange={(o) => !o && onClose()}
      title={item.title}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <StatusBadge status={item.status} />
          <span>{controlTypeLabel(item.controlType)} control · {item.modelName}</span>
          {item.catalogueId && <span className="font-mono text-xs">{item.catalogueId}</span>}
          {item.overdue && <span className="rounded bg-red-100 px-1.5 text-xs font-medium text-red-800">Overdue</span>}
        </span>
      }
    >
      <div className="max-h-[70vh] space-y-6 overflow-y-auto pr-1">
        {canEdit && <EditingNotice type="mitigation" id={item.id} />}
        {canEdit && dirty && d.changedUnderneath && (
          <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
            {changedBy ?? 'Someone'} changed this while you were editing.{' '}
            {clashLabels.length
              ? `Your ${clashLabels.join(', ')} ${clashLabels.length === 1 ? 'differs' : 'differ'} from theirs: saving asks which to keep.`
              : 'Fields you had not touched now show their version.'}
          </p>
        )}
        {problem && <Alert tone="error" title={problem.conflict ? 'Changed by someone else' : 'Change not saved'}>{problem.message}</Alert>}
        <WorkflowPanel status={item.status} rejectionReason={item.rejectionReason} canEdit={canEdit} pending={pending} hasEvidence={hasEvidence} onMove={onMove} />

        {canEdit ? (
          <form onSubmit={onSubmit} className="space-y-3" noValidate aria-labelledby="details-title">
            <h3 id="details-title" className="text-sm font-semibold text-slate-900">Details</h3>
            <TextField label="Title" value={draft.title} onChange={set('title')} required maxLength={200} />
            <TextAreaField label="Description" value={draft.description} onChange={set('description')} maxLength={10000} />
            <div className="grid gap-3 sm:grid-cols-3">
              <FieldShell label="Control type">
                {({ id }) => (
                  <select id={id} className={selectCls} value={draft.controlType} onChange={set('controlType')}>
                    {controlTypes.map((c) => <option key={c} value={c}>{controlTypeLabels[c]}</option>)}
                  </select>
                )}
              </FieldShell>
              <FieldShell label="Owner">
                {({ id }) => (
                  <select id={id} className={selectCls} value={draft.ownerId} onChange={set('ownerId')}>
                    <option value="">Unassigned</option>
                    {item.owner && !members.some((m) => m.id === item.owner!.id) && <option value={item.owner.id}>{item.owner.name}</option>}
                    {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                  </select>
                )}
              </FieldShell>
              <TextField label="Due date" type="date" value={draft.dueDate} onChange={set('dueDate')} />
            </div>
            <TextField label="Ticket URL" type="url" value={draft.ticketUrl} onChange={set('ticketUrl')} placeholder="https://…" />
            <TextAreaField label="Evidence" value={draft.evidence} onChange={set('evidence')} maxLength={10000} hint="What shows it works: a test, a review, a scan result." />
            <TextAreaField label="Evidence links" value={draft.evidenceLinks} onChange={set('evidenceLinks')} className="min-h-16" hint="One http(s) link per line." />
            <div className="flex items-center justify-end gap-2">
              {saved && !dirty && <span role="status" className="text-sm text-emerald-700">Saved</span>}
              <Button type="submit" size="sm" disabled={!dirty} pending={pending}>Save changes</Button>
            </div>
          </form>
        ) : (
          <ReadOnlyDetails item={item} />
        )}

        <LinkedThreats
          mitigationId={item.id}
          controlType={item.controlType}
          links={detail.mitigation.threats}
          threatOptions={detail.threatOptions}
          canEdit={canEdit}
          threatHref={threatHref}
        />
        <MitigationTimeline entries={detail.timeline} />
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onClose}>Close</Button>
        </div>
      </div>
    </Dialog>
  );
}

function ReadOnlyDetails({ item }: { item: MitigationItem }) {
  return (
    <section aria-labelledby="details-title" className="space-y-2">
      <h3 id="details-title" className="text-sm font-semibold text-slate-900">Details</h3>
      <p className="whitespace-pre-wrap text-sm text-slate-700">{item.description || 'No description.'}</p>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">Owner</dt>
        <dd>{item.owner?.name ?? 'Unassigned'}</dd>
        <dt className="text-slate-500">Due date</dt>
        <dd>{item.dueDate ?? 'None'}</dd>
        <dt className="text-slate-500">Ticket</dt>
        <dd>{item.ticketUrl ? <a className="text-brand-700 underline" href={item.ticketUrl} rel="noreferrer noopener" target="_blank">{item.ticketUrl}</a> : 'None'}</dd>
        <dt className="text-slate-500">Evidence</dt>
        <dd className="whitespace-pre-wrap">{item.evidence || 'None recorded.'}</dd>
        {item.evidenceLinks.length > 0 && (
          <>
            <dt className="text-slate-500">Evidence links</dt>
            <dd>
              <ul>{item.evidenceLinks.map((l) => <li key={l}><a className="text-brand-700 underline" href={l} rel="noreferrer noopener" target="_blank">{l}</a></li>)}</ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
