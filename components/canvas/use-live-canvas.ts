'use client';
import { useEffect } from 'react';
import { useLive, useLiveEvents } from '@/components/live/live-provider';
import type { FieldKey } from '@/lib/graph/fields';
import type { Op } from '@/lib/graph/op-schema';
import { selectedIds, type CanvasStore } from './store/canvas-store';
import { fetchCanvas } from './store/save-client';
import type { CanvasThreat } from './store/threats';

/**
 * Connects the canvas store to the model's live feed: others' diagram changes are folded in as
 * they arrive (under any unsaved local edits), threat badges follow the refreshed page data,
 * a replay gap reloads the diagram (keeping unsaved edits), and what this user selects is shown
 * to others as "editing".
 */
export function useLiveCanvas(store: CanvasStore, threats: readonly CanvasThreat[] | undefined) {
  const live = useLive();
  useLiveEvents((e) => {
    if (e.type !== 'canvas.ops' || e.graphRevision === null) return;
    const data = e.data as { ops?: Op[]; keys?: FieldKey[] } | null;
    store.getState().applyRemote({ graphRevision: e.graphRevision, clientId: e.clientId, ops: data?.ops ?? [], keys: data?.keys ?? [], by: e.actor?.name ?? null });
  });

  useEffect(() => {
    if (threats) store.getState().setThreats(threats);
  }, [store, threats]);

  useEffect(
    () =>
      live?.onReset(() => {
        void fetchCanvas(store.getState().modelId)
          .then((server) => store.getState().rebase(server))
          .catch(() => store.getState().setNotice('Could not reload the diagram after reconnecting; reload the page.'));
      }),
    [live, store],
  );

  // Presence: a single selected item is what this user is working on.
  const setEditing = live?.setEditing;
  useEffect(() => {
    if (!setEditing || store.getState().readOnly) return;
    let last: string | null = null;
    const publish = () => {
      const s = store.getState();
      const ids = selectedIds(s);
      const id = ids.length === 1 ? ids[0]! : null;
      if (id === last) return;
      last = id;
      const type = id === null ? null : s.graph.elements[id] ? 'element' : s.graph.boundaries[id] ? 'boundary' : 'flow';
      setEditing(id && type ? { type, id } : null);
    };
    const unsubscribe = store.subscribe(publish);
    publish();
    return () => {
      unsubscribe();
      if (last) setEditing(null);
    };
  }, [setEditing, store]);
}
