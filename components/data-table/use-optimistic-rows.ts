'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { editConflictOf, resolveEdit, type ConflictChoice, type EditConflictDetails } from '@/lib/domain/field-merge';
import { useLive, useLiveEvents } from '@/components/live/live-provider';
import { pruneOverlays, remoteEdit, withOverlays, type Overlay } from './overlays';

export interface EditProblem {
  message: string;
  /** Someone else changed the row first (an old-style refusal without field details): offer to reload. */
  conflict: boolean;
}

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** A refused edit as one readable message; a stale version (409) offers a reload. */
export function editProblem(result: Failure, what: string): EditProblem {
  if (result.status === 409) {
    return { conflict: true, message: `This ${what} was changed by someone else since you loaded the page. Your change was not saved; reload to see the latest version.` };
  }
  const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
  return { conflict: false, message: field && field !== result.message ? `${result.message} ${field}` : result.message };
}

/** How an edit is based: by default on the row as shown when it was made. */
export interface EditBase<Changes> {
  /** The values of the changed fields the edit is based on (an open editor's starting values). */
  base?: Partial<Changes>;
  /** The version those values belong to. */
  version?: number;
}

/** An edit refused because someone else changed the same fields: waiting for the user's choice. */
export interface PendingConflict<Row> {
  row: Row;
  message: string;
  details: EditConflictDetails;
}

interface Options<Row, Changes> {
  /** The singular noun used in messages ("threat", "mitigation"); also the live events' entity type. */
  what: 'threat' | 'mitigation';
  save: (row: Row, version: number, changes: Changes, base: Partial<Changes>) => Promise<ActionResult<{ version: number }>>;
  /** The row with changes applied locally (keep it stable: useCallback). */
  apply: (row: Row, changes: Changes) => Row;
  /** The row's current values of the fields `changes` names, in the same terms (the edit's base). */
  valuesOf: (row: Row, changes: Changes) => Partial<Changes>;
}

interface Job<Row, Changes> {
  overlayId: number;
  row: Row;
  changes: Changes;
  base: Partial<Changes>;
  version: number;
}

interface Waiting<Row, Changes> extends PendingConflict<Row> {
  job: Job<Row, Changes>;
  settle: (ok: boolean) => void;
}

/**
 * Table rows with optimistic edits over server rows that may change at any time (others' edits
 * arrive through router.refresh()). A change shows at once and stays shown, on top of fresh
 * server rows, until they include it; it is sent with the version and the field values it was
 * based on, queued per row so quick successive edits build on each other. When someone else
 * changed the same fields meanwhile the edit waits for the user's choice (`conflict`); any other
 * refusal drops it with a readable message.
 */
export function useOptimisticRows<Row extends { id: string; version: number }, Changes extends object>(initial: Row[], options: Options<Row, Changes>) {
  const router = useRouter();
  const { apply } = options;
  const [overlays, setOverlays] = useState<Record<string, Overlay<Changes>[]>>({});
  const [problem, setProblem] = useState<EditProblem | null>(null);
  // Conflicts wait in line (two rows may clash at once); the first is shown.
  const [waiting, setWaiting] = useState<Waiting<Row, Changes>[]>([]);
  const [source, setSource] = useState(initial);
  if (source !== initial) {
    // Fresh server rows: forget local edits they already include.
    setSource(initial);
    const version = new Map(initial.map((r) => [r.id, r.version]));
    setOverlays((all) => pruneOverlays(all, (id, o) => o.until === null || (version.get(id) ?? Infinity) < o.until));
  }
  const rows = useMemo(() => withOverlays(initial, overlays, apply), [initial, overlays, apply]);

  // The latest callbacks, for the stable functions below (updated after each render).
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const nextId = useRef(0);
  const queues = useRef(new Map<string, Promise<unknown>>());

  // Others' edits arriving live (with their values) show at once, under this tab's unsaved ones,
  // until the refreshed server rows include them.
  const live = useLive();
  useLiveEvents((e) => {
    const remote = remoteEdit(e, opts.current.what, live?.me);
    if (!remote) return;
    const overlay: Overlay<Changes> = { id: ++nextId.current, changes: remote.values as Changes, until: remote.version };
    setOverlays((all) => ({ ...all, [remote.id]: [overlay, ...(all[remote.id] ?? [])] }));
  });

  const setOverlay = useCallback((rowId: string, id: number, fn: (o: Overlay<Changes>) => Overlay<Changes> | null) => {
    setOverlays((all) => {
      const list = (all[rowId] ?? []).flatMap((o) => (o.id === id ? (fn(o) ?? []) : [o]));
      const { [rowId]: _old, ...rest } = all;
      return list.length ? { ...rest, [rowId]: list } : rest;
    });
  }, []);

  const attempt = useCallback(
    async (job: Job<Row, Changes>): Promise<boolean> => {
      const { save, what } = opts.current;
      // Never bumped to a newer version seen meanwhile: the base values belong to job.version.
      const version = job.version;
      let result: ActionResult<{ version: number }>;
      try {
        result = await save(job.row, version, job.changes, job.base);
      } catch {
        result = { ok: false, status: 0, code: 'network', message: 'Could not reach the server. Check your connection and try again.' };
      }
      if (result.ok) {
        const confirmed = result.data.version;
        setOverlay(job.row.id, job.overlayId, (o) => ({ ...o, until: confirmed }));
        return true;
      }
      const details = editConflictOf(result);
      if (details) {
        // While the user decides, the row shows what is saved for the contested fields (theirs are
        // already on the way through the live refresh; ask now in case the live feed is down).
        const contested = new Set(details.conflicts.map((c) => c.field));
        setOverlay(job.row.id, job.overlayId, (o) => ({ ...o, changes: Object.fromEntries(Object.entries(o.changes).filter(([k]) => !contested.has(k))) as Changes }));
        router.refresh();
        return new Promise<boolean>((settle) => setWaiting((list) => [...list, { row: job.row, message: result.message, details, job, settle }]));
      }
      setOverlay(job.row.id, job.overlayId, () => null);
      setProblem(editProblem(result, what));
      return false;
    },
    [router, setOverlay],
  );

  const edit = useCallback(
    (row: Row, changes: Changes, based: EditBase<Changes> = {}): Promise<boolean> => {
      setProblem(null);
      const overlayId = ++nextId.current;
      setOverlays((all) => ({ ...all, [row.id]: [...(all[row.id] ?? []), { id: overlayId, changes, until: null }] }));
      const job: Job<Row, Changes> = {
        overlayId,
        row,
        changes,
        base: based.base ?? opts.current.valuesOf(row, changes),
        version: based.version ?? row.version,
      };
      const next = (queues.current.get(row.id) ?? Promise.resolve()).then(() => attempt(job));
      queues.current.set(row.id, next);
      return next;
    },
    [attempt],
  );

  /** The user settled every conflicting field: resubmit what is left at the current version. */
  const resolveConflict = useCallback(
    (choices: Readonly<Record<string, ConflictChoice | undefined>>) => {
      const w = waiting[0];
      if (!w) return;
      setWaiting((list) => list.filter((x) => x !== w));
      const next = resolveEdit(w.job.changes as Record<string, unknown>, w.job.base as Record<string, unknown>, w.details.conflicts, choices);
      const changes = next.changes as Changes;
      if (Object.keys(changes).length === 0) {
        setOverlay(w.job.row.id, w.job.overlayId, () => null);
        w.settle(true);
        return;
      }
      setOverlay(w.job.row.id, w.job.overlayId, (o) => ({ ...o, changes }));
      void attempt({ ...w.job, changes, base: next.base as Partial<Changes>, version: w.details.version }).then(w.settle);
    },
    [waiting, attempt, setOverlay],
  );

  /** Not now: nothing is saved (an open editor keeps what was typed). */
  const cancelConflict = useCallback(() => {
    const w = waiting[0];
    if (!w) return;
    setWaiting((list) => list.filter((x) => x !== w));
    setOverlay(w.job.row.id, w.job.overlayId, () => null);
    setProblem({ conflict: false, message: `Your change to this ${opts.current.what} was not saved.` });
    w.settle(false);
  }, [waiting, setOverlay]);

  const first = waiting[0];
  const conflict: PendingConflict<Row> | null = first ? { row: first.row, message: first.message, details: first.details } : null;
  return { rows, edit, problem, clearProblem: () => setProblem(null), reload: () => router.refresh(), conflict, resolveConflict, cancelConflict };
}
