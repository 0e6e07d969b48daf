'use client';
import { useCallback, useMemo } from 'react';
import { updateMitigationAction } from '@/app/(app)/w/[workspace]/mitigations/actions';
import { editProblem, useOptimisticRows, type EditProblem } from '@/components/data-table/use-optimistic-rows';
import type { ActionResult } from '@/lib/action-result';
import { applyMitigationChanges, restoreOf } from './tracker/view-state';
import type { MitigationChanges, MitigationItem } from './types';

/**
 * The tracker's rows with optimistic edits, like the threat register's: a change shows at once,
 * is sent with the version and values it was based on (queued per mitigation), merged with
 * others' edits of other fields, settled by the user when it clashes with theirs, and dropped
 * with a readable message when the server refuses it (workflow 422).
 */
export function useMitigationRows(initial: MitigationItem[], members: readonly { id: string; name: string }[], today: string) {
  const owners = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const apply = useCallback((item: MitigationItem, changes: MitigationChanges) => applyMitigationChanges(item, changes, owners, today), [owners, today]);
  return useOptimisticRows<MitigationItem, MitigationChanges>(initial, {
    what: 'mitigation',
    save: (item, version, changes, base) => updateMitigationAction({ mitigationId: item.id, version, changes, base }),
    apply,
    valuesOf: restoreOf,
  });
}

/** A refused edit as a message: stale (offer to reload) or the server's reason, once. */
export function mitigationProblem(result: Extract<ActionResult<unknown>, { ok: false }>): EditProblem {
  return editProblem(result, 'mitigation');
}
