'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { addWorkshopDecisionAction } from '@/app/(app)/w/[workspace]/models/[modelId]/workshop/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import type { WorkshopView } from './types';

/** What the workshop decided: applied votes and added threats record themselves; notes are added here. */
export function Decisions({ workshopId, decisions, canEdit }: { workshopId: string; decisions: WorkshopView['decisions']; canEdit: boolean }) {
  const router = useRouter();
  const add = useAction(addWorkshopDecisionAction);
  const [text, setText] = useState('');
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    add.run({ workshopId, text }, () => {
      setText('');
      router.refresh();
    });
  }
  return (
    <section aria-labelledby="decisions-title" className="space-y-2">
      <h3 id="decisions-title" className="text-sm font-semibold text-slate-900">Decisions <span className="font-normal text-slate-500">({decisions.length})</span></h3>
      {decisions.length === 0 ? <p className="text-sm text-slate-600">Nothing decided yet.</p> : (
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-800" aria-label="Decisions so far">
          {decisions.map((d) => <li key={d.id}>{d.text}{d.author && <span className="text-xs text-slate-500"> — {d.author}</span>}</li>)}
        </ol>
      )}
      {canEdit && (
        <form onSubmit={onSubmit} className="flex gap-2" noValidate>
          <label htmlFor="decision-text" className="sr-only">Note a decision</label>
          <input id="decision-text" value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} placeholder="Note a decision" className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm" />
          <Button type="submit" size="sm" variant="secondary" pending={add.pending} disabled={!text.trim()}>Note</Button>
        </form>
      )}
      {add.error && <Alert tone="error">{add.error.message}</Alert>}
    </section>
  );
}
