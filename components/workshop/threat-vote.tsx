'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { castVoteAction, revealVotesAction } from '@/app/(app)/w/[workspace]/models/[modelId]/workshop/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { impactLabels, likelihoodLabels } from '@/lib/domain/risk';
import type { VoteRoundView } from './types';

const selectCls = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

/**
 * Planning-poker style estimate of one threat. Before the reveal everyone sees who voted (and
 * their own vote); the facilitator reveals, which applies the medians; then every vote shows.
 */
export function ThreatVote({ workshopId, threatId, title, round, canVote, canFacilitate }: {
  workshopId: string;
  threatId: string;
  title: string;
  round: VoteRoundView | undefined;
  canVote: boolean;
  canFacilitate: boolean;
}) {
  const router = useRouter();
  const vote = useAction(castVoteAction);
  const reveal = useAction(revealVotesAction);
  const mine = round?.mine ?? null;
  const [likelihood, setLikelihood] = useState(String(mine?.likelihood ?? 3));
  const [impact, setImpact] = useState(String(mine?.impact ?? 3));
  const voters = round?.voters ?? [];
  const revealed = round?.reveal ?? null;

  function onVote(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    vote.run({ workshopId, threatId, likelihood: Number(likelihood), impact: Number(impact) }, () => router.refresh());
  }

  if (revealed) {
    return (
      <div className="space-y-1 rounded-md bg-emerald-50 p-2 text-sm" aria-label={`Revealed votes on ${title}`} role="group">
        <p className="font-medium text-emerald-900">
          Revealed: likelihood {revealed.likelihood}, impact {revealed.impact} (median of {revealed.voteCount} vote{revealed.voteCount === 1 ? '' : 's'}, applied)
        </p>
        <table className="text-xs text-slate-700">
          <caption className="sr-only">Votes on {title}</caption>
          <thead><tr><th scope="col" className="pr-3 text-left font-medium">Who</th><th scope="col" className="pr-3 text-left font-medium">Likelihood</th><th scope="col" className="text-left font-medium">Impact</th></tr></thead>
          <tbody>
            {revealed.votes.map((v) => (
              <tr key={v.user.id}><td className="pr-3">{v.user.name}</td><td className="pr-3">{v.likelihood}</td><td>{v.impact}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-2 text-sm" role="group" aria-label={`Votes on ${title}`}>
      <p className="text-slate-700">
        {voters.length === 0 ? 'No votes yet.' : <>{voters.length} vote{voters.length === 1 ? '' : 's'} (hidden until revealed): {voters.map((v) => v.name).join(', ')}</>}
      </p>
      {canVote ? (
        <form onSubmit={onVote} className="flex flex-wrap items-end gap-2" aria-label={`Your vote on ${title}`}>
          <label className="flex flex-col text-xs text-slate-600">
            Likelihood
            <select className={selectCls} value={likelihood} onChange={(e) => setLikelihood(e.target.value)} aria-label={`Your likelihood for ${title}`}>
              {likelihoodLabels.map((l, i) => <option key={l} value={i + 1}>{i + 1} · {l}</option>)}
            </select>
          </label>
          <label className="flex flex-col text-xs text-slate-600">
            Impact
            <select className={selectCls} value={impact} onChange={(e) => setImpact(e.target.value)} aria-label={`Your impact for ${title}`}>
              {impactLabels.map((l, i) => <option key={l} value={i + 1}>{i + 1} · {l}</option>)}
            </select>
          </label>
          <Button type="submit" size="sm" variant="secondary" pending={vote.pending} aria-label={`${mine ? 'Change my vote' : 'Vote'} on ${title}`}>
            {mine ? 'Change vote' : 'Vote'}
          </Button>
          {mine && <span className="text-xs text-slate-600">Your vote: likelihood {mine.likelihood}, impact {mine.impact}</span>}
        </form>
      ) : (
        <p className="text-xs text-slate-500">Voting is a contribution: it needs the editor role.</p>
      )}
      {canFacilitate && (
        <Button size="sm" disabled={voters.length === 0 || reveal.pending} pending={reveal.pending} onClick={() => reveal.run({ workshopId, threatId }, () => router.refresh())} aria-label={`Reveal votes on ${title}`}>
          Reveal votes{voters.length ? ` (${voters.length})` : ''}
        </Button>
      )}
      {(vote.error ?? reveal.error) && <Alert tone="error">{(vote.error ?? reveal.error)!.message}</Alert>}
    </div>
  );
}
