'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createMitigationAction, linkMitigationAction, unlinkMitigationAction } from '@/app/(app)/w/[workspace]/mitigations/actions';
import { ReductionSelects } from '@/components/mitigations/detail/linked-threats';
import { StatusBadge } from '@/components/mitigations/tracker/inline-cells';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { mitigationsForThreat } from '@/lib/catalogue';
import { controlTypeLabels, controlTypes, defaultReduction, type ControlType } from '@/lib/domain/mitigation';
import { RiskBadge } from '../risk-badge';
import type { MitigationOption, ThreatItem } from '../types';

const select = 'h-8 rounded-md border border-slate-300 bg-white px-2 text-sm';

/**
 * A threat's mitigations inside its detail: inherent vs residual risk, the proposal to mark it
 * mitigated, linked mitigations with their reductions, catalogue suggestions, linking existing
 * ones and writing a new one.
 */
export function ThreatMitigations({ threat, modelId, canEdit, options, mitigationHref, onMarkMitigated }: {
  threat: ThreatItem;
  modelId: string;
  canEdit: boolean;
  options: readonly MitigationOption[];
  mitigationHref: (id: string) => string;
  onMarkMitigated: () => void;
}) {
  const router = useRouter();
  const create = useAction(createMitigationAction);
  const link = useAction(linkMitigationAction);
  const unlink = useAction(unlinkMitigationAction);
  const [existing, setExisting] = useState('');
  const [title, setTitle] = useState('');
  const [controlType, setControlType] = useState<ControlType>('preventive');
  const refresh = () => router.refresh();
  const busy = create.pending || link.pending || unlink.pending;
  const error = create.error ?? link.error ?? unlink.error;

  const linkedIds = new Set(threat.mitigations.map((m) => m.id));
  const byId = new Map(options.map((o) => [o.id, o]));
  const linkedCatalogue = new Set(threat.mitigations.flatMap((m) => byId.get(m.id)?.catalogueId ?? []));
  const suggestions = (threat.catalogueId ? mitigationsForThreat(threat.catalogueId) : []).filter((m) => !linkedCatalogue.has(m.id));
  const unlinked = options.filter((o) => !linkedIds.has(o.id));
  const linkExisting = (o: MitigationOption) => link.run({ threatId: threat.id, mitigationId: o.id, ...defaultReduction(o.controlType as ControlType) }, refresh);
  const open = threat.status === 'identified' || threat.status === 'mitigating';

  return (
    <section aria-labelledby="threat-mitigations-title" className="space-y-3">
      <h3 id="threat-mitigations-title" className="text-sm font-semibold text-slate-900">Mitigations</h3>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>Inherent</span> <RiskBadge risk={threat.risk} score={threat.score} />
        <span aria-hidden>→</span>
        <span>Residual</span> <RiskBadge risk={threat.residual.risk} score={threat.residual.score} />
        <span className="text-xs text-slate-500">(likelihood {threat.residual.likelihood} × impact {threat.residual.impact}; only verified mitigations count)</span>
      </p>
      {threat.allMitigationsVerified && open && (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" role="status">
          <span className="flex-1">All of its mitigations are verified. Mark this threat as mitigated?</span>
          {canEdit && <Button size="sm" onClick={onMarkMitigated}>Mark as mitigated</Button>}
        </div>
      )}
      {error && <Alert tone="error">{error.message}</Alert>}
      {threat.mitigations.length === 0 ? (
        <p className="text-sm text-slate-500">No mitigations linked yet.</p>
      ) : (
        <ul aria-label="Linked mitigations" className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {threat.mitigations.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
              <Link href={mitigationHref(m.id)} className="min-w-0 flex-1 font-medium text-slate-900 hover:text-brand-700 hover:underline">{m.title}</Link>
              <StatusBadge status={m.status} />
              {canEdit ? (
                <>
                  <ReductionSelects
                    title={m.title}
                    likelihood={m.likelihoodReduction}
                    impact={m.impactReduction}
                    disabled={busy}
                    onChange={(r) => link.run({ threatId: threat.id, mitigationId: m.id, ...r }, refresh)}
                  />
                  <Button size="sm" variant="ghost" aria-label={`Unlink ${m.title}`} disabled={busy} onClick={() => unlink.run({ threatId: threat.id, mitigationId: m.id }, refresh)}>Unlink</Button>
                </>
              ) : (
                <span className="text-xs text-slate-600">Likelihood −{m.likelihoodReduction}, impact −{m.impactReduction}</span>
              )}
            </li>
          ))}
        </ul>
      )}

      {canEdit && (
        <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
          {suggestions.length > 0 && (
            <div>
              <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Suggested from the catalogue</h4>
              <ul aria-label="Suggested mitigations" className="mt-1 space-y-1">
                {suggestions.map((s) => {
                  const already = unlinked.find((o) => o.catalogueId === s.id);
                  return (
                    <li key={s.id} className="flex items-center gap-2 text-sm">
                      <span className="min-w-0 flex-1">
                        <span className="font-medium text-slate-900">{s.title}</span>
                        <span className="ml-1 text-xs text-slate-500">{s.id} · {controlTypeLabels[s.controlType]}{already ? ' · already in this model' : ''}</span>
                      </span>
                      <Button
                        size="sm"
                        variant="secondary"
                        aria-label={`${already ? 'Link' : 'Add'} ${s.title}`}
                        disabled={busy}
                        onClick={() => (already ? linkExisting(already) : create.run({ modelId, catalogueId: s.id, threatIds: [threat.id] }, refresh))}
                      >
                        {already ? 'Link' : 'Add'}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {unlinked.length > 0 && (
            <div className="flex flex-wrap items-center gap-2">
              <label className="flex items-center gap-1 text-sm">
                <span className="text-slate-700">Link an existing mitigation</span>
                <select className={`${select} max-w-64`} value={existing} onChange={(e) => setExisting(e.target.value)}>
                  <option value="">Choose…</option>
                  {unlinked.map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
                </select>
              </label>
              <Button size="sm" variant="secondary" disabled={!existing || busy} onClick={() => { const o = byId.get(existing); if (o) linkExisting(o); setExisting(''); }}>Link</Button>
            </div>
          )}
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (title.trim()) create.run({ modelId, title: title.trim(), controlType, threatIds: [threat.id] }, () => { setTitle(''); refresh(); });
            }}
          >
            <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm">
              <span className="text-slate-700">New mitigation</span>
              <input className={`${select} w-full`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} placeholder="What will be done" />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              <span className="text-slate-700">Control type</span>
              <select className={select} value={controlType} onChange={(e) => setControlType(e.target.value as ControlType)}>
                {controlTypes.map((c) => <option key={c} value={c}>{controlTypeLabels[c]}</option>)}
              </select>
            </label>
            <Button type="submit" size="sm" disabled={!title.trim()} pending={create.pending}>Add mitigation</Button>
          </form>
        </div>
      )}
    </section>
  );
}
