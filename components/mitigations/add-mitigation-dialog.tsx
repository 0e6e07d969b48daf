'use client';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type FormEvent } from 'react';
import { createMitigationAction } from '@/app/(app)/w/[workspace]/mitigations/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FieldShell, TextAreaField, TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { catalogueMitigations } from '@/lib/catalogue';
import { controlTypeLabels, controlTypes, type ControlType } from '@/lib/domain/mitigation';

const selectCls = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';

/** Add a mitigation to a model, from the catalogue or by hand, linked to any of its threats. */
export function AddMitigationDialog({ modelId, open, onOpenChange, members, threats }: {
  modelId: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  members: readonly { id: string; name: string }[];
  threats: readonly { id: string; title: string }[];
}) {
  const router = useRouter();
  const action = useAction(createMitigationAction);
  const [mode, setMode] = useState<'catalogue' | 'manual'>('catalogue');
  const [query, setQuery] = useState('');
  const [catalogueId, setCatalogueId] = useState('');
  const [threatIds, setThreatIds] = useState<string[]>([]);
  const choices = useMemo(() => {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    return catalogueMitigations.filter((m) => terms.every((t) => `${m.id} ${m.title} ${m.description}`.toLowerCase().includes(t)));
  }, [query]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const ownerId = String(form.get('ownerId') ?? '') || undefined;
    const dueDate = String(form.get('dueDate') ?? '') || undefined;
    const common = { modelId, threatIds, ...(ownerId ? { ownerId } : {}), ...(dueDate ? { dueDate } : {}) };
    const input =
      mode === 'catalogue'
        ? { ...common, ...(catalogueId ? { catalogueId } : {}) }
        : {
            ...common,
            title: String(form.get('title') ?? ''),
            description: String(form.get('description') ?? ''),
            controlType: String(form.get('controlType') ?? 'preventive') as ControlType,
          };
    action.run(input, () => {
      onOpenChange(false);
      setCatalogueId('');
      setQuery('');
      setThreatIds([]);
      router.refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={(o) => { action.reset(); onOpenChange(o); }} size="lg" title="Add mitigation" description="Start from the catalogue or write your own, and link the threats it addresses.">
      <form onSubmit={onSubmit} className="max-h-[70vh] space-y-4 overflow-y-auto pr-1" noValidate>
        {action.error && <Alert tone="error">{action.error.message}</Alert>}
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">How to add it</legend>
          <label className="flex items-center gap-2"><input type="radio" name="mode" checked={mode === 'catalogue'} onChange={() => setMode('catalogue')} /> From the catalogue</label>
          <label className="flex items-center gap-2"><input type="radio" name="mode" checked={mode === 'manual'} onChange={() => setMode('manual')} /> Write my own</label>
        </fieldset>
        {mode === 'catalogue' ? (
          <div className="space-y-2">
            <TextField label="Search the catalogue" type="search" value={query} onChange={(e) => setQuery(e.target.value)} hint={`${choices.length} mitigations.`} />
            <fieldset>
              <legend className="sr-only">Catalogue mitigation</legend>
              <div className="grid max-h-56 gap-1 overflow-y-auto">
                {choices.map((m) => (
                  <label key={m.id} className={`flex cursor-pointer gap-2 rounded-md border p-2 text-sm ${catalogueId === m.id ? 'border-brand-500 bg-brand-50' : 'border-slate-200 hover:border-slate-300'}`}>
                    <input type="radio" name="catalogueId" value={m.id} checked={catalogueId === m.id} onChange={() => setCatalogueId(m.id)} className="mt-1" />
                    <span>
                      <span className="block font-medium text-slate-900">{m.title}</span>
                      <span className="block text-xs text-slate-500">{m.id} · {controlTypeLabels[m.controlType]}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        ) : (
          <div className="space-y-3">
            <TextField label="Title" name="title" required maxLength={200} error={action.fieldErrors.title} />
            <TextAreaField label="Description" name="description" maxLength={10000} />
            <FieldShell label="Control type">
              {({ id }) => (
                <select id={id} name="controlType" className={selectCls} defaultValue="preventive">
                  {controlTypes.map((c) => <option key={c} value={c}>{controlTypeLabels[c]}</option>)}
                </select>
              )}
            </FieldShell>
          </div>
        )}
        <div className="grid gap-3 sm:grid-cols-2">
          <FieldShell label="Owner">
            {({ id }) => (
              <select id={id} name="ownerId" className={selectCls} defaultValue="">
                <option value="">Unassigned</option>
                {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              </select>
            )}
          </FieldShell>
          <TextField label="Due date" name="dueDate" type="date" error={action.fieldErrors.dueDate} />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Threats it addresses</legend>
          {threats.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">This model has no threats yet.</p>
          ) : (
            <div className="mt-1 grid max-h-40 gap-1 overflow-y-auto">
              {threats.map((t) => (
                <label key={t.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={threatIds.includes(t.id)} onChange={(e) => setThreatIds(e.target.checked ? [...threatIds, t.id] : threatIds.filter((x) => x !== t.id))} />
                  {t.title}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" pending={action.pending} disabled={mode === 'catalogue' && !catalogueId}>Add mitigation</Button>
        </div>
      </form>
    </Dialog>
  );
}
