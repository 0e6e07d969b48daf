'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import { updateMitigationAction } from '@/app/(app)/w/[workspace]/mitigations/actions';
import type { EditProblem } from '@/components/threats/use-threat-rows';
import type { ActionResult } from '@/lib/action-result';
import { applyMitigationChanges, restoreOf } from './tracker/view-state';
import type { MitigationChanges, MitigationItem } from './types';

/**
 * The tracker's rows with optimistic edits, like the threat register's: a change shows at once,
 * is sent with the version it was based on (queued per mitigation), and is rolled back with a
 * readable message when the server refuses it (workflow 422, stale 409).
 */
export function useMitigationRows(initial: MitigationItem[], members: readonly { id: string; name: string }[], today: string) {
  const router = useRouter();
  const [source, setSource] = useState(initial);
  const [rows, setRows] = useState(initial);
  const [problem, setProblem] = useState<EditProblem | null>(null);
  if (source !== initial) {
    // Fresh server data (after a refresh): it wins over local state.
    setSource(initial);
    setRows(initial);
  }
  const owners = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const replace = useCallback((id: string, fn: (m: MitigationItem) => MitigationItem) => setRows((list) => list.map((m) => (m.id === id ? fn(m) : m))), []);
  const versions = useRef(new Map<string, number>());
  const queues = useRef(new Map<string, Promise<unknown>>());

  const send = useCallback(
    async (item: MitigationItem, changes: MitigationChanges): Promise<boolean> => {
      const version = Math.max(item.version, versions.current.get(item.id) ?? 0);
      let result: ActionResult<{ id: string; version: number }>;
      try {
        result = await updateMitigationAction({ mitigationId: item.id, version, changes });
      } catch {
        result = { ok: false, status: 0, code: 'network', message: 'Could not reach the server. Check your connection and try again.' };
      }
      if (result.ok) {
        const confirmed = result.data.version;
        versions.current.set(item.id, confirmed);
        replace(item.id, (m) => ({ ...m, version: Math.max(m.version, confirmed) }));
        return true;
      }
      replace(item.id, (m) => applyMitigationChanges(m, restoreOf(item, changes), owners, today));
      setProblem(mitigationProblem(result));
      return false;
    },
    [owners, replace, today],
  );

  const edit = useCallback(
    (item: MitigationItem, changes: MitigationChanges): Promise<boolean> => {
      setProblem(null);
      replace(item.id, (m) => applyMitigationChanges(m, changes, owners, today));
      const previous = queues.current.get(item.id) ?? Promise.resolve();
      const next = previous.then(() => send(item, changes));
      queues.current.set(item.id, next);
      return next;
    },
    [owners, replace, send, today],
  );

  return { rows, edit, problem, clearProblem: () => setProblem(null), reload: () => router.refresh() };
}

/** A refused edit as a message: stale (offer to reload) or the server's reason, once. */
export function mitigationProblem(result: Extract<ActionResult<unknown>, { ok: false }>): EditProblem {
  if (result.status === 409) {
    return { conflict: true, message: 'This mitigation was changed by someone else since you loaded the page. Your change was not saved; reload to see the latest version.' };
  }
  const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
  return { conflict: false, message: field && field !== result.message ? `${result.message} ${field}` : result.message };
}
