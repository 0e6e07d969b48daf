'use client';
import Link from 'next/link';
import { useMemo, useState, type FormEvent } from 'react';
import { EditingNotice } from '@/components/live/editing-avatars';
import { useChangedBy, useEditingPresence, useLiveDraft } from '@/components/live/use-live-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FieldShell, TextAreaField, TextField } from '@/components/ui/field';
import { referenceName, referenceFrameworks, threatCategories, type ReferenceFramework } from '@/lib/catalogue';
import { impactLabels, likelihoodLabels } from '@/lib/domain/risk';
import { strideLabels, strideLetters, threatFieldLabels, threatSourceLabels, threatStatusLabels, type ThreatSource, type ThreatStatus } from '@/lib/domain/threat';
import { RiskBadge } from '../risk-badge';
import { ThreatMitigations } from '../mitigations/threat-mitigations';
import type { MitigationOption, ThreatItem } from '../types';
import type { EditBase, EditProblem } from '../use-threat-rows';
import { categoryLabel, frameworkFilterOptions, type ThreatChanges } from './filters';

type StrideLetter = (typeof strideLetters)[number];
/** Known letters in S-T-R-I-D-E order (so toggling a box off and on is no change). */
const toStride = (l: readonly string[]): StrideLetter[] => strideLetters.filter((x) => l.includes(x));

type ThreatDraft = { title: string; description: string; rationale: string; category: string; stride: StrideLetter[] };

const frameworkLabel = new Map<string, string>([...frameworkFilterOptions.map((f) => [f.value, f.label] as const), ['supplyChain', 'Supply chain']]);

function References({ references }: { references: Record<string, string[]> }) {
  const groups = Object.entries(references).filter(([, ids]) => ids.length);
  if (!groups.length) return <p className="text-sm text-slate-500">No framework references.</p>;
  return (
    <dl className="space-y-2 text-sm">
      {groups.map(([key, ids]) => (
        <div key={key}>
          <dt className="font-medium text-slate-800">{frameworkLabel.get(key) ?? key}</dt>
          <dd>
            <ul className="mt-0.5 space-y-0.5">
              {ids.map((id) => {
                const name = (referenceFrameworks as readonly string[]).includes(key) ? referenceName(key as ReferenceFramework, id) : undefined;
                return (
                  <li key={id}>
                    <span className="font-mono text-xs text-slate-700">{id}</span>
                    {name && <span className="text-slate-700"> — {name}</span>}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A threat's details; editors edit its texts, category and STRIDE here. */
export function ThreatDetailDialog({ threat, canEdit, onClose, onEdit, problem, canvasHref, modelId, mitigationOptions, mitigationHref }: {
  threat: ThreatItem;
  canEdit: boolean;
  onClose: () => void;
  onEdit: (threat: ThreatItem, changes: ThreatChanges, based?: EditBase<ThreatChanges>) => Promise<boolean>;
  /** Why the last edit was refused, if it was. */
  problem: EditProblem | null;
  canvasHref: (targetId: string) => string;
  modelId: string;
  mitigationOptions: readonly MitigationOption[];
  mitigationHref: (mitigationId: string) => string;
}) {
  const [editing, setEditing] = useState(false);
  // Others see who has a threat open for editing (avatars in the register).
  useEditingPresence('threat', threat.id, canEdit);

  return (
    <Dialog open size="lg" onOpenChange={(o) => !o && onClose()} title={threat.title} description={<RiskLine threat={threat} />}>
      <div className="max-h-[65vh] space-y-4 overflow-y-auto pr-1">
        <EditingNotice type="threat" id={threat.id} />
        {editing ? (
          <ThreatEditForm threat={threat} onEdit={onEdit} problem={problem} onDone={() => setEditing(false)} />
        ) : (
          <>
            <section>
              <h3 className="text-sm font-semibold text-slate-900">Description</h3>
              <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">{threat.description || 'No description.'}</p>
            </section>
            <section>
              <h3 className="text-sm font-semibold text-slate-900">Rationale</h3>
              <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">{threat.rationale || 'No rationale recorded.'}</p>
            </section>
            <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-500">Stage</dt>
              <dd>
                {threat.target.name}
                {threat.target.id && <> · <Link className="text-brand-700 hover:underline" href={canvasHref(threat.target.id)}>Show on canvas</Link></>}
              </dd>
              <dt className="text-slate-500">Category</dt>
              <dd>{categoryLabel(threat.category)}</dd>
              <dt className="text-slate-500">STRIDE</dt>
              <dd>{threat.stride.map((l) => strideLabels[l as keyof typeof strideLabels] ?? l).join(', ') || '—'}</dd>
              <dt className="text-slate-500">Status</dt>
              <dd>{threatStatusLabels[threat.status as ThreatStatus] ?? threat.status}</dd>
              <dt className="text-slate-500">Owner</dt>
              <dd>{threat.owner?.name ?? 'Unassigned'}</dd>
              <dt className="text-slate-500">Source</dt>
              <dd>
                {threatSourceLabels[threat.source as ThreatSource] ?? threat.source}
                {threat.catalogueId && <span className="font-mono text-xs"> · {threat.catalogueId}</span>}
                {threat.ruleId && <span className="font-mono text-xs"> · rule {threat.ruleId}</span>}
              </dd>
            </dl>
            {threat.triggerRetired && (
              <Alert tone="warning">The rule that suggested this threat no longer finds its trigger in the diagram. The threat is kept; set it to Not applicable if it no longer matters.</Alert>
            )}
            <ThreatMitigations
              threat={threat}
              modelId={modelId}
              canEdit={canEdit}
              options={mitigationOptions}
              mitigationHref={mitigationHref}
              onMarkMitigated={() => void onEdit(threat, { status: 'mitigated' })}
            />
            <section>
              <h3 className="text-sm font-semibold text-slate-900">Framework references</h3>
              <div className="mt-1"><References references={threat.references} /></div>
            </section>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={onClose}>Close</Button>
              {canEdit && <Button onClick={() => setEditing(true)}>Edit</Button>}
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}

const draftOf = (t: ThreatItem): ThreatDraft => ({ title: t.title, description: t.description, rationale: t.rationale, category: t.category, stride: toStride(t.stride) });

/**
 * The edit form. It keeps what the user typed when others change the threat meanwhile (fields not
 * touched follow theirs) and saves only the changed fields, based on the values the user started
 * from, so the server merges edits of other fields and asks about the same field.
 */
function ThreatEditForm({ threat, onEdit, problem, onDone }: {
  threat: ThreatItem;
  onEdit: (threat: ThreatItem, changes: ThreatChanges, based?: EditBase<ThreatChanges>) => Promise<boolean>;
  problem: EditProblem | null;
  onDone: () => void;
}) {
  const latest = useMemo(() => draftOf(threat), [threat]);
  const d = useLiveDraft(latest, threat.version);
  const changedBy = useChangedBy('threat', threat.id);
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false);
  const titleError = tried && !d.draft.title.trim() ? ['Title is required.'] : undefined;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setTried(true);
    if (!d.draft.title.trim()) return;
    const changes: ThreatChanges = { ...d.changes };
    if (changes.title !== undefined) changes.title = changes.title.trim();
    if (changes.title === d.base.title) delete changes.title;
    if (Object.keys(changes).length === 0) return onDone();
    setSaving(true);
    const ok = await onEdit(threat, changes, { base: d.base, version: d.version });
    setSaving(false);
    if (ok) onDone();
  }

  const clashLabels = d.clashes.map((f) => threatFieldLabels[f as keyof typeof threatFieldLabels]?.toLowerCase() ?? f);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Edit threat">
      {d.changedUnderneath && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          {changedBy ?? 'Someone'} changed this while you were editing.{' '}
          {clashLabels.length
            ? `Your ${clashLabels.join(', ')} ${clashLabels.length === 1 ? 'differs' : 'differ'} from theirs: saving asks which to keep.`
            : 'Fields you had not touched now show their version.'}
        </p>
      )}
      {problem && !problem.conflict && <Alert tone="error" title="Change not saved">{problem.message}</Alert>}
      <TextField label="Title" name="title" value={d.draft.title} onChange={(e) => d.set('title', e.target.value)} required maxLength={200} error={titleError} />
      <TextAreaField label="Description" name="description" value={d.draft.description} onChange={(e) => d.set('description', e.target.value)} maxLength={10000} />
      <TextAreaField label="Rationale" name="rationale" value={d.draft.rationale} onChange={(e) => d.set('rationale', e.target.value)} maxLength={5000} hint="Why this rating or status; what was decided." />
      <FieldShell label="Category">
        {({ id }) => (
          <select id={id} name="category" value={d.draft.category} onChange={(e) => d.set('category', e.target.value)} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {!(threatCategories as readonly string[]).includes(d.draft.category) && <option value={d.draft.category}>{d.draft.category || 'None'}</option>}
            {threatCategories.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
          </select>
        )}
      </FieldShell>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">STRIDE</legend>
        <div className="mt-1 grid grid-cols-2 gap-1">
          {strideLetters.map((l) => (
            <label key={l} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={d.draft.stride.includes(l)}
                onChange={(e) => d.set('stride', toStride(e.target.checked ? [...d.draft.stride, l] : d.draft.stride.filter((x) => x !== l)))}
              />
              {strideLabels[l]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
        <Button type="submit" pending={saving}>Save changes</Button>
      </div>
    </form>
  );
}

function RiskLine({ threat }: { threat: ThreatItem }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <RiskBadge risk={threat.risk} score={threat.score} />
      <span>Likelihood {threat.likelihood} ({likelihoodLabels[threat.likelihood - 1]}) × impact {threat.impact} ({impactLabels[threat.impact - 1]})</span>
    </span>
  );
}
