'use client';
import { useMemo, useState } from 'react';
import { ConflictDialog } from '@/components/live/conflict-dialog';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FieldConflict, FieldKey } from '@/lib/graph/fields';
import { useAutosaver, useCanvas, useCanvasStoreApi } from '../canvas-context';
import type { ConflictChoice as CanvasChoice } from '../store/canvas-store';
import { fetchCanvas } from '../store/save-client';
import { conflictSubject, formatCanvasValue, toCanvasChoices, toConflictItems } from './canvas-conflicts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What to do when a save failed. Unsent ops stay queued whatever happens; on a conflict the user
 * chooses between rebasing them onto the server's diagram and discarding them.
 */
export function SaveProblems() {
  const store = useCanvasStoreApi();
  const autosaver = useAutosaver();
  const error = useCanvas((s) => s.saveError);
  const pendingCount = useCanvas((s) => s.pending.length);
  const notice = useCanvas((s) => s.notice);
  const [busy, setBusy] = useState<'reapply' | 'discard' | null>(null);

  async function reload(mode: 'reapply' | 'discard') {
    setBusy(mode);
    try {
      const server = await fetchCanvas(store.getState().modelId);
      if (mode === 'discard') {
        store.getState().discard(server);
        store.getState().setNotice('Your unsaved changes were discarded; this is the latest saved diagram.');
      } else {
        const { applied, skipped } = store.getState().rebase(server);
        store
          .getState()
          .setNotice(
            skipped
              ? `Reloaded the latest diagram and reapplied ${plural(applied, 'change')}; ${plural(skipped, 'change')} no longer applied (what they edited was changed or deleted) and ${skipped === 1 ? 'was' : 'were'} skipped.`
              : `Reloaded the latest diagram and reapplied all ${plural(applied, 'change')}.`,
          );
      }
    } catch (e) {
      store.getState().setNotice(`Could not reload the diagram: ${e instanceof Error ? e.message : 'unknown error'}. Your changes are still here; try again.`);
    } finally {
      setBusy(null);
    }
  }

  const actions = (retry: boolean) => (
    <div className="mt-2 flex flex-wrap gap-2">
      <Button size="sm" pending={busy === 'reapply'} disabled={busy !== null} onClick={() => void reload('reapply')}>Reload and reapply my changes</Button>
      {retry && <Button size="sm" variant="secondary" disabled={busy !== null} onClick={() => autosaver.retry()}>Retry</Button>}
      <Button size="sm" variant="secondary" pending={busy === 'discard'} disabled={busy !== null} onClick={() => void reload('discard')}>Discard my changes</Button>
    </div>
  );

  return (
    <>
      {error?.kind === 'conflict' && error.conflicts?.length ? (
        <CanvasConflictDialog
          key={error.conflicts.map((c) => c.key).join('|')}
          conflicts={error.conflicts}
          onResolve={(choices) => {
            store.getState().resolveConflicts(choices);
            autosaver.retry();
          }}
        />
      ) : null}
      {error?.kind === 'conflict' && !error.conflicts?.length && (
        <Alert tone="warning" title="Someone else saved this diagram first">
          Nothing of yours is lost: {plural(pendingCount, 'change')} are kept here, unsent. Reload their version and reapply your changes on top, or discard yours.
          {actions(false)}
        </Alert>
      )}
      {error && error.kind !== 'conflict' && error.kind !== 'network' && (
        <Alert tone="error" title="Your changes could not be saved">
          {error.message} {plural(pendingCount, 'change')} are kept here, unsent.
          {actions(true)}
        </Alert>
      )}
      {error?.kind === 'network' && (
        <Alert tone="warning" title="Not saved — the server cannot be reached">
          {error.message} Your {plural(pendingCount, 'change')} are kept and will be sent automatically when the connection is back.
          <div className="mt-2"><Button size="sm" variant="secondary" onClick={() => autosaver.retry()}>Retry now</Button></div>
        </Alert>
      )}
      {notice && (
        <div className="flex items-start justify-between gap-3 rounded-md border border-brand-100 bg-brand-50 px-4 py-2 text-sm text-brand-700" role="status">
          <span>{notice}</span>
          <button type="button" className="shrink-0 underline" onClick={() => store.getState().setNotice(null)}>Dismiss</button>
        </div>
      )}
    </>
  );
}

/**
 * The shared "Changed by X" dialog over the canvas's conflicts. It has no "Not now": the unsent
 * changes are held until the user decides, so the canvas must get a decision.
 */
function CanvasConflictDialog({ conflicts, onResolve }: { conflicts: FieldConflict[]; onResolve: (choices: Record<FieldKey, CanvasChoice>) => void }) {
  const store = useCanvasStoreApi();
  // Looked up once per set of conflicts: names and kinds as they were when the user was asked.
  const [graphs] = useState(() => [store.getState().graph, store.getState().confirmed]);
  const items = useMemo(() => toConflictItems(conflicts, graphs), [conflicts, graphs]);
  return (
    <ConflictDialog
      what="diagram"
      subject={conflictSubject(conflicts)}
      conflicts={items}
      formatValue={(key, value) => formatCanvasValue(key, value, conflicts, graphs)}
      onResolve={(choices) => onResolve(toCanvasChoices(choices))}
    />
  );
}
