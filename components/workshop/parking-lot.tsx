'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { addParkingLotItemAction, resolveParkingLotItemAction } from '@/app/(app)/w/[workspace]/models/[modelId]/workshop/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import type { WorkshopView } from './types';

/** Open questions parked so the session keeps moving; they stay with the model until resolved. */
export function ParkingLot({ workshopId, items, canEdit }: { workshopId: string; items: WorkshopView['parkingLot']; canEdit: boolean }) {
  const router = useRouter();
  const add = useAction(addParkingLotItemAction);
  const resolve = useAction(resolveParkingLotItemAction);
  const [text, setText] = useState('');
  const open = items.filter((i) => !i.resolvedAt);
  const resolved = items.filter((i) => i.resolvedAt);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    add.run({ workshopId, text }, () => {
      setText('');
      router.refresh();
    });
  }

  const row = (i: WorkshopView['parkingLot'][number]) => (
    <li key={i.id} className="flex items-start justify-between gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm">
      <div className={i.resolvedAt ? 'text-slate-500 line-through' : 'text-slate-800'}>
        {i.text}
        <span className="block text-xs text-slate-500 no-underline">{i.author ?? 'A former member'}{i.earlier ? ' · from an earlier workshop' : ''}</span>
      </div>
      {canEdit && (
        <Button
          size="sm"
          variant="ghost"
          disabled={resolve.pending}
          onClick={() => resolve.run({ itemId: i.id, resolved: !i.resolvedAt, version: i.version }, () => router.refresh())}
          aria-label={`${i.resolvedAt ? 'Reopen' : 'Resolve'} “${i.text}”`}
        >
          {i.resolvedAt ? 'Reopen' : 'Resolve'}
        </Button>
      )}
    </li>
  );

  return (
    <section aria-labelledby="parking-lot-title" className="space-y-2">
      <h3 id="parking-lot-title" className="text-sm font-semibold text-slate-900">Parking lot <span className="font-normal text-slate-500">({open.length} open)</span></h3>
      {canEdit && (
        <form onSubmit={onSubmit} className="flex gap-2" noValidate>
          <label htmlFor="park-question" className="sr-only">Question to park</label>
          <input
            id="park-question"
            value={text}
            maxLength={1000}
            onChange={(e) => setText(e.target.value)}
            placeholder="Park a question for later"
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <Button type="submit" size="sm" variant="secondary" pending={add.pending} disabled={!text.trim()}>Park</Button>
        </form>
      )}
      {(add.error ?? resolve.error) && <Alert tone="error">{(add.error ?? resolve.error)!.message}</Alert>}
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">No open questions.</p>
      ) : (
        <>
          <ul className="space-y-1" aria-label="Open questions">{open.map(row)}</ul>
          {resolved.length > 0 && <ul className="space-y-1" aria-label="Resolved questions">{resolved.map(row)}</ul>}
        </>
      )}
    </section>
  );
}
