'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FieldShell, TextAreaField, TextField } from '@/components/ui/field';
import { referenceName, referenceFrameworks, threatCategories, type ReferenceFramework } from '@/lib/catalogue';
import { impactLabels, likelihoodLabels } from '@/lib/domain/risk';
import { strideLabels, strideLetters, threatSourceLabels, threatStatusLabels, type ThreatSource, type ThreatStatus } from '@/lib/domain/threat';
import { RiskBadge } from '../risk-badge';
import { ThreatMitigations } from '../mitigations/threat-mitigations';
import type { MitigationOption, ThreatItem } from '../types';
import { categoryLabel, frameworkFilterOptions, type ThreatChanges } from './filters';

type StrideLetter = (typeof strideLetters)[number];
const toStride = (l: string[]): StrideLetter[] => l.filter((x): x is StrideLetter => (strideLetters as readonly string[]).includes(x));

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
export function ThreatDetailDialog({ threat, canEdit, onClose, onEdit, canvasHref, modelId, mitigationOptions, mitigationHref }: {
  threat: ThreatItem;
  canEdit: boolean;
  onClose: () => void;
  onEdit: (threat: ThreatItem, changes: ThreatChanges) => Promise<boolean>;
  canvasHref: (targetId: string) => string;
  modelId: string;
  mitigationOptions: readonly MitigationOption[];
  mitigationHref: (mitigationId: string) => string;
}) {
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [stride, setStride] = useState<StrideLetter[]>(() => toStride(threat.stride));

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const changes: ThreatChanges = {
      title: String(form.get('title') ?? '').trim(),
      description: String(form.get('description') ?? ''),
      rationale: String(form.get('rationale') ?? ''),
      category: String(form.get('category') ?? ''),
      stride,
    };
    setSaving(true);
    const ok = await onEdit(threat, changes);
    setSaving(false);
    if (ok) setEditing(false);
  }

  return (
    <Dialog open size="lg" onOpenChange={(o) => !o && onClose()} title={threat.title} description={<RiskLine threat={threat} />}>
      <div className="max-h-[65vh] space-y-4 overflow-y-auto pr-1">
        {editing ? (
          <form onSubmit={onSubmit} className="space-y-3" noValidate>
            <TextField label="Title" name="title" defaultValue={threat.title} required maxLength={200} />
            <TextAreaField label="Description" name="description" defaultValue={threat.description} maxLength={10000} />
            <TextAreaField label="Rationale" name="rationale" defaultValue={threat.rationale} maxLength={5000} hint="Why this rating or status; what was decided." />
            <FieldShell label="Category">
              {({ id }) => (
                <select id={id} name="category" defaultValue={threat.category} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                  {!(threatCategories as readonly string[]).includes(threat.category) && <option value={threat.category}>{threat.category || 'None'}</option>}
                  {threatCategories.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
                </select>
              )}
            </FieldShell>
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">STRIDE</legend>
              <div className="mt-1 grid grid-cols-2 gap-1">
                {strideLetters.map((l) => (
                  <label key={l} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" checked={stride.includes(l)} onChange={(e) => setStride(e.target.checked ? [...stride, l] : stride.filter((x) => x !== l))} />
                    {strideLabels[l]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setEditing(false)}>Cancel</Button>
              <Button type="submit" pending={saving}>Save changes</Button>
            </div>
          </form>
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
              {canEdit && <Button onClick={() => { setStride(toStride(threat.stride)); setEditing(true); }}>Edit</Button>}
            </div>
          </>
        )}
      </div>
    </Dialog>
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
