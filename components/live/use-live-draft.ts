'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { draftEdit, rebaseDraft, sameValue, startDraft, type DraftState } from '@/lib/domain/field-merge';
import { useLive, useLiveEvents } from './live-provider';

/**
 * An open editor over a record others may change while it is open. The form edits `draft`; when
 * fresh values arrive (router.refresh after someone's change), fields the user has not touched
 * take them and fields the user edited keep the typed text — `clashes` names those, so the save
 * can be based on what the user started from and the server can spot the clash.
 */
export function useLiveDraft<D extends Record<string, unknown>>(latest: D, version: number) {
  const [state, setState] = useState<DraftState<D>>(() => startDraft(latest, version));
  const [seen, setSeen] = useState(latest);
  if (seen !== latest && !sameValue(seen, latest)) {
    setSeen(latest);
    setState((s) => rebaseDraft(s, latest));
  }
  const set = useCallback(<K extends keyof D>(key: K, value: D[K]) => setState((s) => ({ ...s, draft: { ...s.draft, [key]: value } })), []);
  /**
   * After a save: the values it sent are the new starting point of their fields. Pass the values
   * taken when the save was sent — the user may have typed more while it was on its way.
   */
  const commit = useCallback(
    (saved: Partial<D>) =>
      setState((s) => ({ ...s, base: { ...s.base, ...saved }, clashes: s.clashes.filter((k) => !(k in saved)), followed: [] })),
    [],
  );
  const { changes, base } = draftEdit(state);
  return {
    draft: state.draft,
    set,
    commit,
    /** The changed fields with the values they were based on, and the version those belong to. */
    changes,
    base,
    version: state.version,
    dirty: Object.keys(changes).length > 0,
    /** Fields someone else changed meanwhile that the user had edited too. */
    clashes: state.clashes,
    /** Whether anything changed under the open editor. */
    changedUnderneath: state.clashes.length > 0 || state.followed.length > 0,
  };
}

type Editable = 'threat' | 'mitigation';

/** The name of the last other person whose change of this threat or mitigation arrived live (null: none yet). */
export function useChangedBy(type: Editable, id: string): string | null {
  const live = useLive();
  const [by, setBy] = useState<string | null>(null);
  useLiveEvents((e) => {
    if (!live || !e.actor || e.actor.id === live.me) return;
    const ids = (e.data as Record<string, unknown> | null)?.[`${type}Ids`];
    if ((e.entityType === type && e.entityId === id) || (Array.isArray(ids) && ids.includes(id))) setBy(e.actor.name);
  });
  return by;
}

/**
 * Tells the others with the model open that this user is editing the threat or mitigation while
 * `active` (cleared on close). The live provider re-sends it after a reconnect.
 */
export function useEditingPresence(type: Editable, id: string, active: boolean): void {
  const live = useLive();
  const ref = useRef(live);
  useEffect(() => {
    ref.current = live;
  });
  const present = live !== null;
  useEffect(() => {
    if (!active || !present) return;
    ref.current?.setEditing({ type, id });
    return () => ref.current?.setEditing(null);
  }, [type, id, active, present]);
}
