'use client';
import { Card, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import type { Graph } from '@/lib/graph/types';
import { agendaModeLabels } from '@/lib/workshop/agenda';
import { dateTime } from '@/lib/util/format';
import { ChangeList } from './change-list';
import { Decisions } from './decisions';
import { FacilitatorControls } from './facilitator-controls';
import { ParkingLot } from './parking-lot';
import { StagePanel } from './stage-panel';
import { StageTimer } from './stage-timer';
import type { ChangesView, CommentView, SuggestionView, ThreatView, WorkshopView } from './types';

/**
 * A running workshop. Everything here is server data: the model layout refreshes it whenever
 * anyone changes something, so when the facilitator moves on every participant's view follows.
 */
export function WorkshopRoom({ workshop, threats, suggestions, graph, comments, changes, threatsHref }: {
  workshop: WorkshopView;
  threats: ThreatView[];
  suggestions: SuggestionView[];
  graph: Graph;
  comments: CommentView[];
  changes: ChangesView;
  threatsHref: string;
}) {
  const stage = workshop.agenda[workshop.currentIndex] ?? workshop.agenda[0];
  const total = workshop.agenda.length;
  const openQuestions = workshop.parkingLot.filter((p) => !p.resolvedAt).length;

  return (
    <div className="space-y-4">
      <Card>
        <div className="flex flex-wrap items-start justify-between gap-4 px-5 py-4">
          <div className="space-y-1">
            <h2 className="text-lg font-semibold text-slate-900">{workshop.title}</h2>
            <p className="text-sm text-slate-600">
              Facilitated by {workshop.facilitator?.name ?? 'a former member'} · started {dateTime(workshop.startedAt)} · {agendaModeLabels[workshop.agendaMode].split(' (')[0]}
            </p>
            <p className="text-sm text-slate-600">
              <span className="font-medium text-slate-800">Attending ({workshop.attendees.length}):</span>{' '}
              <span aria-label="Attendees">{workshop.attendees.map((a) => a.name).join(', ')}</span>
            </p>
          </div>
          {stage && <StageTimer stageStartedAt={workshop.stageStartedAt} timeboxMinutes={workshop.timeboxMinutes} serverNow={workshop.serverNow} />}
        </div>
        <div className="space-y-2 border-t border-slate-200 px-5 py-3">
          <p role="status" aria-live="polite" className="text-sm font-medium text-slate-900" data-testid="current-stage">
            Stage {workshop.currentIndex + 1} of {total}: {stage?.title}
          </p>
          {workshop.you.canFacilitate ? (
            <FacilitatorControls workshopId={workshop.id} agenda={workshop.agenda} currentIndex={workshop.currentIndex} openQuestions={openQuestions} />
          ) : (
            <p className="text-xs text-slate-500">
              The facilitator moves between stages; your view follows.{' '}
              {!workshop.you.canVote && 'You are attending as a viewer: voting and adding threats need the editor role.'}
            </p>
          )}
        </div>
      </Card>

      <div className="grid gap-4 xl:grid-cols-[15rem_minmax(0,1fr)_22rem]">
        <Card className="h-fit">
          <CardHeader title="Agenda" description={`${total} stage${total === 1 ? '' : 's'}, ${workshop.timeboxMinutes} min each`} />
          <ol className="space-y-0.5 p-3 text-sm" aria-label="Agenda">
            {workshop.agenda.map((s, i) => (
              <li
                key={s.key}
                aria-current={i === workshop.currentIndex ? 'step' : undefined}
                className={cn('rounded px-2 py-1', i === workshop.currentIndex ? 'bg-brand-50 font-semibold text-brand-700' : i < workshop.currentIndex ? 'text-slate-500' : 'text-slate-800')}
              >
                {i + 1}. {s.title}
              </li>
            ))}
          </ol>
        </Card>

        <Card>
          <CardHeader title={stage ? `Current stage: ${stage.title}` : 'No stage'} />
          <div className="p-5">
            {stage && <StagePanel workshop={workshop} stage={stage} graph={graph} threats={threats} suggestions={suggestions} comments={comments} threatsHref={threatsHref} />}
          </div>
        </Card>

        <div className="space-y-4">
          <Card className="space-y-5 p-4">
            <ParkingLot workshopId={workshop.id} items={workshop.parkingLot} canEdit={workshop.you.canEdit} />
            <Decisions workshopId={workshop.id} decisions={workshop.decisions} canEdit={workshop.you.canEdit} />
          </Card>
          <Card className="p-4">
            <section aria-labelledby="changes-title" className="space-y-2">
              <h3 id="changes-title" className="text-sm font-semibold text-slate-900">Changes since the last snapshot</h3>
              <p className="text-xs text-slate-500">{changes.since ? `Snapshot of ${dateTime(changes.since.createdAt)}; updates live.` : 'No snapshot yet.'}</p>
              <ChangeList diff={changes.diff} emptyText="Nothing has changed yet." />
            </section>
          </Card>
        </div>
      </div>
    </div>
  );
}
