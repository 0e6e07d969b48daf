'use client';
import Link from 'next/link';
import { elementKindView } from '@/components/canvas/kinds';
import { RiskBadge } from '@/components/threats/risk-badge';
import { Badge } from '@/components/ui/badge';
import { threatSourceLabels, type ThreatSource } from '@/lib/domain/threat';
import type { Graph } from '@/lib/graph/types';
import type { AgendaStage } from '@/lib/workshop/agenda';
import { AddStageThreats } from './add-stage-threats';
import { inStage, stageTargets } from './stage-targets';
import { ThreatComments } from './threat-comments';
import { ThreatVote } from './threat-vote';
import type { CommentView, SuggestionView, ThreatView, WorkshopView } from './types';

/** The stage under discussion: what it covers, its threats with their votes, and where new ones come from. */
export function StagePanel({ workshop, stage, graph, threats, suggestions, comments, threatsHref }: {
  workshop: WorkshopView;
  stage: AgendaStage;
  graph: Graph;
  threats: ThreatView[];
  suggestions: SuggestionView[];
  comments: CommentView[];
  threatsHref: string;
}) {
  const targets = stageTargets(graph, stage);
  const stageThreats = threats.filter((t) => inStage(stage, t.target));
  const stageSuggestions = suggestions.filter((s) => inStage(stage, s.target));
  const rounds = new Map(workshop.votes.map((v) => [v.threatId, v]));
  const elements = targets.filter((t) => t.type === 'element');
  const flows = targets.filter((t) => t.type === 'flow');

  return (
    <div className="space-y-5">
      <section aria-label="What this stage covers" className="grid gap-3 text-sm md:grid-cols-2">
        <div>
          <h3 className="font-semibold text-slate-900">Elements</h3>
          {elements.length === 0 ? (
            <p className="text-slate-600">{stage.key === 'model' ? 'Threats on the model as a whole.' : 'No element directly in this stage.'}</p>
          ) : (
            <ul className="mt-1 space-y-0.5">
              {elements.map((e) => <li key={e.id}>{e.name} <span className="text-slate-500">· {elementKindView(e.kind ?? '').shortLabel}</span></li>)}
            </ul>
          )}
        </div>
        <div>
          <h3 className="font-semibold text-slate-900">Flows</h3>
          {flows.length === 0 ? <p className="text-slate-600">No flows.</p> : (
            <ul className="mt-1 space-y-0.5">{flows.map((f) => <li key={f.id}>{f.name}</li>)}</ul>
          )}
        </div>
      </section>

      <section aria-labelledby="stage-threats-title" className="space-y-2">
        <h3 id="stage-threats-title" className="text-sm font-semibold text-slate-900">
          Threats in this stage <span className="font-normal text-slate-500">({stageThreats.length})</span>
        </h3>
        {stageThreats.length === 0 ? (
          <p className="text-sm text-slate-600">No threats yet. Accept a suggestion, pick one from the catalogue or write your own below.</p>
        ) : (
          <ul className="space-y-3">
            {stageThreats.map((t) => (
              <li key={t.id} aria-labelledby={`st-${t.id}`} className="space-y-2 rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <h4 id={`st-${t.id}`} className="text-sm font-semibold text-slate-900">{t.title}</h4>
                  <RiskBadge risk={t.risk} score={t.score} />
                  <Badge>{threatSourceLabels[t.source as ThreatSource] ?? t.source}</Badge>
                </div>
                <p className="text-xs text-slate-600">
                  {t.target.name} · likelihood {t.likelihood}, impact {t.impact} · <Link className="text-brand-700 hover:underline" href={`${threatsHref}?threat=${t.id}`}>Open in the register</Link>
                </p>
                <ThreatVote
                  key={`${t.id}-${rounds.get(t.id)?.mine?.likelihood ?? 0}-${rounds.get(t.id)?.mine?.impact ?? 0}`}
                  workshopId={workshop.id}
                  threatId={t.id}
                  title={t.title}
                  round={rounds.get(t.id)}
                  canVote={workshop.you.canVote}
                  canFacilitate={workshop.you.canFacilitate}
                />
                <ThreatComments threatId={t.id} title={t.title} comments={comments.filter((c) => c.threatId === t.id)} canComment={workshop.you.canEdit} me={workshop.you.id} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {workshop.you.canEdit && <AddStageThreats key={stage.key} workshopId={workshop.id} targets={targets} suggestions={stageSuggestions} threats={threats} />}
    </div>
  );
}
