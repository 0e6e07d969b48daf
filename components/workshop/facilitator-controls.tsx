'use client';
import { ChevronLeft, ChevronRight, RotateCcw } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { endWorkshopAction, moveStageAction } from '@/app/(app)/w/[workspace]/models/[modelId]/workshop/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useAction } from '@/components/ui/use-action';
import type { AgendaStage } from '@/lib/workshop/agenda';

/** Stage navigation (everyone's view follows), the timer restart and the end of the workshop. */
export function FacilitatorControls({ workshopId, agenda, currentIndex, openQuestions }: { workshopId: string; agenda: AgendaStage[]; currentIndex: number; openQuestions: number }) {
  const router = useRouter();
  const move = useAction(moveStageAction);
  const end = useAction(endWorkshopAction);
  const [confirming, setConfirming] = useState(false);
  const go = (index: number) => move.run({ workshopId, index }, () => router.refresh());
  const last = agenda.length - 1;

  return (
    <section aria-label="Facilitator controls" className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" disabled={currentIndex <= 0 || move.pending} onClick={() => go(currentIndex - 1)}>
          <ChevronLeft className="size-4" aria-hidden /> Previous stage
        </Button>
        <Button size="sm" disabled={currentIndex >= last || move.pending} onClick={() => go(currentIndex + 1)}>
          Next stage <ChevronRight className="size-4" aria-hidden />
        </Button>
        <label className="flex items-center gap-1 text-sm text-slate-700">
          <span>Go to</span>
          <select
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            value={currentIndex}
            disabled={move.pending}
            onChange={(e) => go(Number(e.target.value))}
            aria-label="Go to stage"
          >
            {agenda.map((s, i) => <option key={s.key} value={i}>{i + 1}. {s.title}</option>)}
          </select>
        </label>
        <Button variant="ghost" size="sm" disabled={move.pending} onClick={() => go(currentIndex)}>
          <RotateCcw className="size-4" aria-hidden /> Restart timer
        </Button>
        <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>End workshop</Button>
      </div>
      {move.error && <Alert tone="error">{move.error.message}</Alert>}
      <Dialog
        open={confirming}
        onOpenChange={(o) => {
          end.reset();
          setConfirming(o);
        }}
        title="End the workshop?"
        description="Everyone's view closes. A snapshot of the model is saved with the attendance, the decisions, the open questions and what changed."
      >
        <div className="space-y-4">
          {end.error && <Alert tone="error">{end.error.message}</Alert>}
          {openQuestions > 0 && <Alert tone="warning">{openQuestions} parked question{openQuestions === 1 ? ' is' : 's are'} still open; {openQuestions === 1 ? 'it stays' : 'they stay'} with the model.</Alert>}
          <p className="text-sm text-slate-700">Votes never revealed stay secret: they are not part of the record.</p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)}>Keep going</Button>
            <Button
              variant="danger"
              pending={end.pending}
              onClick={() => end.run({ workshopId }, () => { setConfirming(false); router.refresh(); })}
            >
              End and save snapshot
            </Button>
          </div>
        </div>
      </Dialog>
    </section>
  );
}
