'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import { updateThreatAction } from '@/app/(app)/w/[workspace]/models/[modelId]/threats/actions';
import type { ActionResult } from '@/lib/action-result';
import { applyChanges, type ThreatChanges } from './register/filters';
import type { MemberOption, ThreatItem } from './types';

export interface EditProblem {
  message: string;
  /** Someone else changed the threat first: offer to reload. */
  conflict: boolean;
}

/** The values a change overwrote, to put back if the server refuses it. */
function restoreOf(before: ThreatItem, changes: ThreatChanges): ThreatChanges {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) out[key] = key === 'ownerId' ? (before.owner?.id ?? null) : before[key as keyof ThreatItem];
  return out as ThreatChanges;
}

export function problemOf(result: Extract<ActionResult<unknown>, { ok: false }>): EditProblem {
  if (result.status === 409) return { conflict: true, message: 'This threat was changed by someone else since you loaded the page. Your change was not saved; reload to see the latest version.' };
  const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
  return { conflict: false, message: field ? `${result.message} ${field}` : result.message };
}

/**
 * The register's rows with optimistic edits: a change shows at once, is sent with the version it
 * was based on, and is rolled back (with a readable message) if the server refuses it.
 */
export function useThreatRows(initial: ThreatItem[], members: readonly MemberOption[]) {
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

  const replace = useCallback((id: string, fn: (t: ThreatItem) => ThreatItem) => setRows((list) => list.map((t) => (t.id === id ? fn(t) : t))), []);

  // Latest version the server confirmed per threat, and a queue per threat so quick successive
  // edits go out one after the other, each based on the version the previous one produced.
  const versions = useRef(new Map<string, number>());
  const queues = useRef(new Map<string, Promise<unknown>>());

  const send = useCallback(
    async (threat: ThreatItem, changes: ThreatChanges): Promise<boolean> => {
      const version = Math.max(threat.version, versions.current.get(threat.id) ?? 0);
      let result: ActionResult<{ id: string; version: number }>;
      try {
        result = await updateThreatAction({ threatId: threat.id, version, changes });
      } catch {
        result = { ok: false, status: 0, code: 'network', message: 'Could not reach the server. Check your connection and try again.' };
      }
      if (result.ok) {
        const confirmed = result.data.version;
        versions.current.set(threat.id, confirmed);
        replace(threat.id, (t) => ({ ...t, version: Math.max(t.version, confirmed) }));
        return true;
      }
      // Roll back only what this edit changed; other edits to the row stay.
      replace(threat.id, (t) => applyChanges(t, restoreOf(threat, changes), owners));
      setProblem(problemOf(result));
      return false;
    },
    [owners, replace],
  );

  const edit = useCallback(
    (threat: ThreatItem, changes: ThreatChanges): Promise<boolean> => {
      setProblem(null);
      replace(threat.id, (t) => applyChanges(t, changes, owners));
      const previous = queues.current.get(threat.id) ?? Promise.resolve();
      const next = previous.then(() => send(threat, changes));
      queues.current.set(threat.id, next);
      return next;
    },
    [owners, replace, send],
  );

  return { rows, edit, problem, clearProblem: () => setProblem(null), reload: () => router.refresh() };
}
