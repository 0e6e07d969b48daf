'use client';
import { RefreshCw } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import { acceptSuggestionsAction, reopenSuggestionsAction, runRulesAction } from '@/app/(app)/w/[workspace]/models/[modelId]/threats/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { useAction } from '@/components/ui/use-action';
import { dateTime } from '@/lib/util/format';
import type { SuggestionItem } from '../types';
import { DismissDialog } from './dismiss-dialog';
import { groupSuggestions, runSummary, suggestionGroupLabels, suggestionGroups, type SuggestionGroup } from './group';
import { SuggestionCard } from './suggestion-card';

export interface SuggestionsPanelProps {
  modelId: string;
  suggestions: SuggestionItem[];
  lastRunAt: string | null;
  stale: boolean;
  canEdit: boolean;
  threatHref: (threatId: string) => string;
}

const groupHints: Record<SuggestionGroup, string> = {
  open: 'Waiting for a decision.',
  accepted: 'In the threat register.',
  dismissed: 'Judged not to apply, with the reason.',
  retired: 'Their trigger is no longer in the diagram.',
};

/** The rule engine's suggestions, grouped by decision, with accept / dismiss / reopen and re-run. */
export function SuggestionsPanel({ modelId, suggestions, lastRunAt, stale, canEdit, threatHref }: SuggestionsPanelProps) {
  const router = useRouter();
  const groups = useMemo(() => groupSuggestions(suggestions), [suggestions]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dismissing, setDismissing] = useState<string[] | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const run = useAction(runRulesAction);
  const accept = useAction(acceptSuggestionsAction);
  const reopen = useAction(reopenSuggestionsAction);
  const busy = accept.pending || reopen.pending;
  const openIds = new Set(groups.open.map((s) => s.id));
  const selectedOpen = [...selected].filter((id) => openIds.has(id));

  const refresh = useCallback(() => {
    setSelected(new Set());
    router.refresh();
  }, [router]);
  const onSelect = useCallback((id: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  }), []);
  const onAccept = useCallback((id: string) => accept.run({ modelId, suggestionIds: [id] }, refresh), [accept, modelId, refresh]);
  const onReopen = useCallback((id: string) => reopen.run({ modelId, suggestionIds: [id] }, refresh), [reopen, modelId, refresh]);
  const onDismiss = useCallback((id: string) => setDismissing([id]), []);

  const rerun = () =>
    run.run({ modelId }, (r) => {
      setSummary(`Analysis finished: ${runSummary(r)}.`);
      router.refresh();
    });
  const error = run.error ?? accept.error ?? reopen.error;

  return (
    <section aria-labelledby="suggestions-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="suggestions-title" className="text-base font-semibold text-slate-900">Suggestions</h2>
          <p className="text-sm text-slate-600">
            Threats the rules found in the diagram, each with the reason.{' '}
            {lastRunAt ? <>Last analysis {dateTime(lastRunAt)}.</> : 'Not analysed yet.'}
          </p>
        </div>
        {canEdit && (
          <Button variant="secondary" size="sm" pending={run.pending} onClick={rerun}>
            {!run.pending && <RefreshCw className="size-4" aria-hidden />} Re-run analysis
          </Button>
        )}
      </div>
      {stale && (
        <Alert tone="warning" title="The diagram changed since the last analysis">
          {canEdit ? 'Re-run the analysis to update the suggestions.' : 'An editor can re-run the analysis to update the suggestions.'}
        </Alert>
      )}
      {summary && <Alert tone="success">{summary}</Alert>}
      {error && <Alert tone="error">{error.message}</Alert>}

      {suggestions.length === 0 ? (
        <EmptyState
          title="No suggestions yet"
          action={canEdit ? <Button pending={run.pending} onClick={rerun}>Run analysis</Button> : undefined}
        >
          {lastRunAt ? 'The rules found nothing in this diagram. Add stages and flows on the canvas, then re-run the analysis.' : 'Run the analysis to let the rules suggest threats for this diagram.'}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          {groups.open.length === 0 && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">All suggestions are decided.</p>}
          {canEdit && groups.open.length > 0 && (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={selectedOpen.length === groups.open.length}
                  ref={(el) => {
                    if (el) el.indeterminate = selectedOpen.length > 0 && selectedOpen.length < groups.open.length;
                  }}
                  onChange={(e) => setSelected(e.target.checked ? new Set(openIds) : new Set())}
                />
                Select all open
              </label>
              <Button size="sm" disabled={!selectedOpen.length} pending={accept.pending} onClick={() => accept.run({ modelId, suggestionIds: selectedOpen }, refresh)}>
                Accept selected ({selectedOpen.length})
              </Button>
              <Button size="sm" variant="secondary" disabled={!selectedOpen.length} onClick={() => setDismissing(selectedOpen)}>
                Dismiss selected
              </Button>
            </div>
          )}
          {suggestionGroups.map((g) => {
            const list = groups[g];
            if (!list.length) return null;
            const body = (
              <ul className="mt-2 space-y-2">
                {list.map((s) => (
                  <SuggestionCard
                    key={s.id}
                    s={s}
                    group={g}
                    canEdit={canEdit}
                    selected={selected.has(s.id)}
                    busy={busy}
                    onSelect={onSelect}
                    onAccept={onAccept}
                    onDismiss={onDismiss}
                    onReopen={onReopen}
                    threatHref={threatHref}
                  />
                ))}
              </ul>
            );
            return (
              <details key={g} open className="group rounded-md bg-slate-50 p-3" aria-label={`${suggestionGroupLabels[g]} suggestions`}>
                <summary className="cursor-pointer text-sm font-semibold text-slate-900">
                  <h3 className="inline">{suggestionGroupLabels[g]} ({list.length})</h3>
                  <span className="ml-2 text-xs font-normal text-slate-500">{groupHints[g]}</span>
                </summary>
                {body}
              </details>
            );
          })}
        </div>
      )}
      {canEdit && <DismissDialog modelId={modelId} ids={dismissing} onClose={() => setDismissing(null)} onDone={() => { setDismissing(null); refresh(); }} />}
    </section>
  );
}
