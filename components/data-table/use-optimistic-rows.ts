'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/action-result';

export interface EditProblem {
  message: string;
  /** Someone else changed the row first: offer to reload. */
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

interface Options<Row, Changes> {
  /** The singular noun used in messages ("threat", "mitigation"). */
  what: string;
  save: (row: Row, version: number, changes: Changes) => Promise<ActionResult<{ version: number }>>;
  apply: (row: Row, changes: Changes) => Row;
  /** The values `changes` overwrote in `before`, to put back when the server refuses them. */
  restore: (before: Row, changes: Changes) => Changes;
}

/**
 * Table rows with optimistic edits: a change shows at once, is sent with the version it was based
 * on, queued per row so quick successive edits each build on the previous one's version, and
 * rolled back (only what it changed) with a readable message when the server refuses it.
 */
export function useOptimisticRows<Row extends { id: string; version: number }, Changes>(initial: Row[], options: Options<Row, Changes>) {
  const router = useRouter();
  const [source, setSource] = useState(initial);
  const [rows, setRows] = useState(initial);
  const [problem, setProblem] = useState<EditProblem | null>(null);
  if (source !== initial) {
    // Fresh server data (after a refresh): it wins over local state.
    setSource(initial);
    setRows(initial);
  }
  // The latest callbacks, for the stable `edit` below (updated after each render).
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });
  const replace = useCallback((id: string, fn: (r: Row) => Row) => setRows((list) => list.map((r) => (r.id === id ? fn(r) : r))), []);
  const versions = useRef(new Map<string, number>());
  const queues = useRef(new Map<string, Promise<unknown>>());

  const send = useCallback(
    async (row: Row, changes: Changes): Promise<boolean> => {
      const { save, apply, restore, what } = opts.current;
      const version = Math.max(row.version, versions.current.get(row.id) ?? 0);
      let result: ActionResult<{ version: number }>;
      try {
        result = await save(row, version, changes);
      } catch {
        result = { ok: false, status: 0, code: 'network', message: 'Could not reach the server. Check your connection and try again.' };
      }
      if (result.ok) {
        const confirmed = result.data.version;
        versions.current.set(row.id, confirmed);
        replace(row.id, (r) => ({ ...r, version: Math.max(r.version, confirmed) }));
        return true;
      }
      replace(row.id, (r) => apply(r, restore(row, changes)));
      setProblem(editProblem(result, what));
      return false;
    },
    [replace],
  );

  const edit = useCallback(
    (row: Row, changes: Changes): Promise<boolean> => {
      setProblem(null);
      replace(row.id, (r) => opts.current.apply(r, changes));
      const next = (queues.current.get(row.id) ?? Promise.resolve()).then(() => send(row, changes));
      queues.current.set(row.id, next);
      return next;
    },
    [replace, send],
  );

  return { rows, edit, problem, clearProblem: () => setProblem(null), reload: () => router.refresh() };
}
