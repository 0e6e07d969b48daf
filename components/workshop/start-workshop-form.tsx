'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { startWorkshopAction } from '@/app/(app)/w/[workspace]/models/[modelId]/workshop/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { agendaModeLabels, agendaModes, type AgendaMode } from '@/lib/workshop/agenda';
import { MAX_TIMEBOX_MINUTES } from '@/lib/workshop/schemas';

const modeHints: Record<AgendaMode, string> = {
  flow: 'Sources first, then each stage the data reaches; elements without flows at the end.',
  boundary: 'Outer boundaries before the ones nested in them, then the elements outside any boundary.',
};

/** No workshop is running: editors start one (everyone else is told who can). */
export function StartWorkshopForm({ modelId, canStart, elementCount, boundaryCount }: { modelId: string; canStart: boolean; elementCount: number; boundaryCount: number }) {
  const router = useRouter();
  const action = useAction(startWorkshopAction);
  const [mode, setMode] = useState<AgendaMode>('flow');

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    action.run(
      { modelId, title: String(form.get('title') ?? ''), agendaMode: mode, timeboxMinutes: Number(form.get('timeboxMinutes') || 0) },
      () => router.refresh(),
    );
  }

  return (
    <Card>
      <CardHeader
        title="Start a workshop"
        description="Walk the team through the diagram stage by stage: review suggestions, add threats, vote on likelihood and impact, park open questions. Ending it saves a snapshot of the model with a summary."
      />
      <div className="p-5">
        {!canStart ? (
          <Alert tone="info" title="No workshop is running">
            Editors and owners can start a workshop on this model. You can join it here once it runs; voting needs the editor role.
          </Alert>
        ) : (
          <form onSubmit={onSubmit} className="grid max-w-2xl gap-4" noValidate aria-label="Start a workshop">
            {action.error && !Object.keys(action.fieldErrors).length && <Alert tone="error">{action.error.message}</Alert>}
            <TextField label="Title" name="title" required maxLength={120} defaultValue="Threat-modelling workshop" error={action.fieldErrors.title} />
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-800">Agenda</legend>
              {agendaModes.map((m) => (
                <label key={m} className="flex items-start gap-2 text-sm">
                  <input type="radio" name="agendaMode" value={m} checked={mode === m} onChange={() => setMode(m)} className="mt-1" aria-describedby={`mode-${m}-hint`} />
                  <span>
                    <span className="font-medium text-slate-900">{agendaModeLabels[m]}</span>
                    <span id={`mode-${m}-hint`} className="block text-xs text-slate-500">{modeHints[m]}</span>
                  </span>
                </label>
              ))}
              {elementCount === 0 && <p className="text-sm text-amber-900">The diagram is empty: the agenda will be a single stage for threats on the whole model.</p>}
              {mode === 'boundary' && boundaryCount === 0 && elementCount > 0 && <p className="text-sm text-amber-900">The diagram has no trust boundaries: the agenda will be a single stage with every element.</p>}
            </fieldset>
            <div className="max-w-sm">
              <TextField
                label="Minutes per stage"
                name="timeboxMinutes"
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_TIMEBOX_MINUTES}
                defaultValue={10}
                error={action.fieldErrors.timeboxMinutes}
                hint="Each stage shows a countdown; it turns amber near the end and red when over."
              />
            </div>
            <div>
              <Button type="submit" pending={action.pending}>Start workshop</Button>
            </div>
          </form>
        )}
      </div>
    </Card>
  );
}
