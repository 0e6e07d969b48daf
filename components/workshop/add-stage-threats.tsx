'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { acceptWorkshopSuggestionAction, addWorkshopThreatAction } from '@/app/(app)/w/[workspace]/models/[modelId]/workshop/actions';
import { RiskBadge } from '@/components/threats/risk-badge';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { threatsForFlows, threatsForKind } from '@/lib/catalogue';
import { isElementKind } from '@/lib/domain/element-kinds';
import { riskLevel } from '@/lib/domain/risk';
import type { StageTarget } from './stage-targets';
import type { SuggestionView, ThreatView } from './types';

const selectCls = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

/** Catalogue threats for the target that it does not have yet, matching every search term. */
function catalogueChoices(target: StageTarget | null, threats: ThreatView[], query: string) {
  if (!target) return [];
  const base = target.type === 'flow' ? threatsForFlows() : target.kind && isElementKind(target.kind) ? threatsForKind(target.kind) : [];
  const present = new Set(threats.filter((t) => t.target.id === target.id && t.catalogueId).map((t) => t.catalogueId));
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return base.filter((t) => !present.has(t.id) && terms.every((term) => `${t.id} ${t.title} ${t.description}`.toLowerCase().includes(term)));
}

/**
 * Where the stage's new threats come from, side by side: the rule engine's open suggestions for
 * its elements and flows, the catalogue's threats for the chosen target, or the team's own words.
 */
export function AddStageThreats({ workshopId, targets, suggestions, threats }: { workshopId: string; targets: StageTarget[]; suggestions: SuggestionView[]; threats: ThreatView[] }) {
  const router = useRouter();
  const accept = useAction(acceptWorkshopSuggestionAction);
  const add = useAction(addWorkshopThreatAction);
  const [targetId, setTargetId] = useState(targets[0]?.id ?? 'model');
  const [query, setQuery] = useState('');
  const [title, setTitle] = useState('');
  const target = targets.find((t) => t.id === targetId) ?? null;
  const threatTarget = target ? { type: target.type, id: target.id } : { type: 'model' as const };

  const catalogue = catalogueChoices(target, threats, query);

  function onCustom(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    add.run({ workshopId, target: threatTarget, title }, () => {
      setTitle('');
      router.refresh();
    });
  }
  const error = accept.error ?? add.error;

  return (
    <section aria-labelledby="add-threats-title" className="space-y-3">
      <h3 id="add-threats-title" className="text-sm font-semibold text-slate-900">Add threats to this stage</h3>
      {error && <Alert tone="error">{error.message}</Alert>}
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-label="Suggestions for this stage" className="space-y-2">
          <h4 className="text-sm font-medium text-slate-800">Suggested by the rules ({suggestions.length})</h4>
          {suggestions.length === 0 ? (
            <p className="text-sm text-slate-600">No open suggestions for this stage.</p>
          ) : (
            <ul className="max-h-80 space-y-2 overflow-y-auto pr-1">
              {suggestions.map((s) => (
                <li key={s.id} className="rounded-md border border-slate-200 bg-white p-2 text-sm" aria-label={`Suggestion ${s.title} on ${s.target.name}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">{s.title}</span>
                    <RiskBadge risk={s.risk} />
                  </div>
                  <p className="text-xs text-slate-600">{s.target.name}</p>
                  <p className="text-slate-700"><span className="sr-only">Why: </span>{s.explanation}</p>
                  <Button size="sm" className="mt-1" disabled={accept.pending} onClick={() => accept.run({ workshopId, suggestionId: s.id }, () => router.refresh())} aria-label={`Accept ${s.title} on ${s.target.name}`}>
                    Accept
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label="Catalogue threats for this stage" className="space-y-2">
          <h4 className="text-sm font-medium text-slate-800">From the catalogue</h4>
          <div className="grid gap-2">
            <label className="flex min-w-0 items-center gap-1 text-xs text-slate-600">
              For
              <select className={`${selectCls} w-full min-w-0`} value={targetId} onChange={(e) => setTargetId(e.target.value)} aria-label="Add threats to">
                {targets.map((t) => <option key={t.id} value={t.id}>{t.type === 'flow' ? `Flow: ${t.name}` : t.name}</option>)}
                {targets.length === 0 && <option value="model">Whole model</option>}
              </select>
            </label>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search" aria-label="Search the catalogue" className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
          </div>
          {!target ? (
            <p className="text-sm text-slate-600">The catalogue lists threats per element kind and for flows; write your own for the whole model.</p>
          ) : catalogue.length === 0 ? (
            <p className="text-sm text-slate-600">No more catalogue threats for {target.name}.</p>
          ) : (
            <ul className="max-h-80 space-y-1 overflow-y-auto pr-1">
              {catalogue.map((t) => (
                <li key={t.id} className="flex items-start justify-between gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm">
                  <span>
                    <span className="block font-medium text-slate-900">{t.title}</span>
                    <span className="flex items-center gap-2 text-xs text-slate-500">{t.id} <RiskBadge risk={riskLevel(t.likelihood, t.impact)} /></span>
                  </span>
                  <Button size="sm" variant="secondary" disabled={add.pending} onClick={() => add.run({ workshopId, target: threatTarget, catalogueId: t.id }, () => router.refresh())} aria-label={`Add ${t.title} to ${target.name}`}>
                    Add
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <form onSubmit={onCustom} className="flex flex-wrap items-end gap-2" noValidate aria-label="Add your own threat">
        <label className="flex min-w-64 flex-1 flex-col text-xs text-slate-600">
          Your own threat{target ? ` on ${target.name}` : ' on the whole model'}
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900" placeholder="e.g. Replay of stale events" />
        </label>
        <Button type="submit" size="sm" variant="secondary" pending={add.pending} disabled={!title.trim()}>Add threat</Button>
      </form>
    </section>
  );
}
