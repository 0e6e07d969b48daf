'use client';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type FormEvent } from 'react';
import { createThreatAction } from '@/app/(app)/w/[workspace]/models/[modelId]/threats/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FieldShell, TextAreaField, TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { catalogueThreats, threatCategories, threatsForFlows, threatsForKind } from '@/lib/catalogue';
import { isElementKind } from '@/lib/domain/element-kinds';
import { impactLabels, likelihoodLabels } from '@/lib/domain/risk';
import type { ThreatTarget } from '@/lib/domain/threat';
import type { TargetOption } from '../types';
import { categoryLabel } from './filters';

const selectCls = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';

/** Add a threat from the catalogue (filtered to the target's kind) or written by hand. */
export function AddThreatDialog({ modelId, open, onOpenChange, targets }: { modelId: string; open: boolean; onOpenChange: (o: boolean) => void; targets: readonly TargetOption[] }) {
  const router = useRouter();
  const action = useAction(createThreatAction);
  const [targetValue, setTargetValue] = useState('model');
  const [mode, setMode] = useState<'catalogue' | 'manual'>('catalogue');
  const [query, setQuery] = useState('');
  const [catalogueId, setCatalogueId] = useState('');

  const target = targets.find((t) => t.id === targetValue) ?? null;
  const choices = useMemo(() => {
    const base = !target ? catalogueThreats : target.type === 'flow' ? threatsForFlows() : target.kind && isElementKind(target.kind) ? threatsForKind(target.kind) : catalogueThreats;
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    return base.filter((t) => terms.every((term) => `${t.id} ${t.title} ${t.description}`.toLowerCase().includes(term)));
  }, [target, query]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const threatTarget: ThreatTarget = target ? { type: target.type, id: target.id } : { type: 'model' };
    const input =
      mode === 'catalogue'
        ? { modelId, target: threatTarget, ...(catalogueId ? { catalogueId } : {}) }
        : {
            modelId,
            target: threatTarget,
            title: String(form.get('title') ?? ''),
            description: String(form.get('description') ?? ''),
            category: String(form.get('category') ?? ''),
            likelihood: Number(form.get('likelihood') ?? 3),
            impact: Number(form.get('impact') ?? 3),
          };
    action.run(input, () => {
      onOpenChange(false);
      setCatalogueId('');
      setQuery('');
      router.refresh();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        action.reset();
        onOpenChange(o);
      }}
      title="Add threat"
      description="Attach a threat to a stage, a data flow or the whole model."
    >
      <form onSubmit={onSubmit} className="max-h-[70vh] space-y-4 overflow-y-auto pr-1" noValidate>
        {action.error && <Alert tone="error">{action.error.message}</Alert>}
        <FieldShell label="Applies to">
          {({ id }) => (
            <select id={id} className={selectCls} value={targetValue} onChange={(e) => { setTargetValue(e.target.value); setCatalogueId(''); }}>
              <option value="model">Whole model</option>
              {targets.map((t) => <option key={t.id} value={t.id}>{t.type === 'flow' ? `Flow: ${t.name}` : t.name}</option>)}
            </select>
          )}
        </FieldShell>
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">How to add it</legend>
          <label className="flex items-center gap-2"><input type="radio" name="mode" checked={mode === 'catalogue'} onChange={() => setMode('catalogue')} /> From the catalogue</label>
          <label className="flex items-center gap-2"><input type="radio" name="mode" checked={mode === 'manual'} onChange={() => setMode('manual')} /> Write my own</label>
        </fieldset>
        {mode === 'catalogue' ? (
          <div className="space-y-2">
            <TextField label="Search the catalogue" type="search" value={query} onChange={(e) => setQuery(e.target.value)} hint={`${choices.length} threats apply to ${target ? target.name : 'any stage'}.`} />
            <fieldset>
              <legend className="sr-only">Catalogue threat</legend>
              <div className="grid max-h-64 gap-1 overflow-y-auto">
                {choices.map((t) => (
                  <label key={t.id} className={`flex cursor-pointer gap-2 rounded-md border p-2 text-sm ${catalogueId === t.id ? 'border-brand-500 bg-brand-50' : 'border-slate-200 hover:border-slate-300'}`}>
                    <input type="radio" name="catalogueId" value={t.id} checked={catalogueId === t.id} onChange={() => setCatalogueId(t.id)} className="mt-1" />
                    <span>
                      <span className="block font-medium text-slate-900">{t.title}</span>
                      <span className="block text-xs text-slate-500">{t.id} · {categoryLabel(t.category)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            {action.fieldErrors.title && <p className="text-sm text-red-700" role="alert">Pick a threat from the list.</p>}
          </div>
        ) : (
          <div className="space-y-3">
            <TextField label="Title" name="title" required maxLength={200} error={action.fieldErrors.title} />
            <TextAreaField label="Description" name="description" maxLength={10000} error={action.fieldErrors.description} />
            <FieldShell label="Category">
              {({ id }) => (
                <select id={id} name="category" className={selectCls} defaultValue="stride-baseline">
                  {threatCategories.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
                </select>
              )}
            </FieldShell>
            <div className="grid grid-cols-2 gap-3">
              <FieldShell label="Likelihood">
                {({ id }) => (
                  <select id={id} name="likelihood" className={selectCls} defaultValue="3">
                    {likelihoodLabels.map((l, i) => <option key={l} value={i + 1}>{i + 1} · {l}</option>)}
                  </select>
                )}
              </FieldShell>
              <FieldShell label="Impact">
                {({ id }) => (
                  <select id={id} name="impact" className={selectCls} defaultValue="3">
                    {impactLabels.map((l, i) => <option key={l} value={i + 1}>{i + 1} · {l}</option>)}
                  </select>
                )}
              </FieldShell>
            </div>
          </div>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" pending={action.pending} disabled={mode === 'catalogue' && !catalogueId}>Add threat</Button>
        </div>
      </form>
    </Dialog>
  );
}
