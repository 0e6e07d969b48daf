'use client';
import { useCallback, useMemo } from 'react';
import { updateThreatAction } from '@/app/(app)/w/[workspace]/models/[modelId]/threats/actions';
import { useOptimisticRows } from '@/components/data-table/use-optimistic-rows';
import { applyChanges, type ThreatChanges } from './register/filters';
import type { MemberOption, ThreatItem } from './types';

export type { EditBase, EditProblem, PendingConflict } from '@/components/data-table/use-optimistic-rows';

/** The threat's current values of the fields a change names, in the change's terms. */
export function threatValuesOf(t: ThreatItem, changes: ThreatChanges): ThreatChanges {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) out[key] = key === 'ownerId' ? (t.owner?.id ?? null) : t[key as keyof ThreatItem];
  return out as ThreatChanges;
}

/** The register's rows with optimistic inline edits and field-level conflicts (see useOptimisticRows). */
export function useThreatRows(initial: ThreatItem[], members: readonly MemberOption[]) {
  const owners = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const apply = useCallback((threat: ThreatItem, changes: ThreatChanges) => applyChanges(threat, changes, owners), [owners]);
  return useOptimisticRows<ThreatItem, ThreatChanges>(initial, {
    what: 'threat',
    save: (threat, version, changes, base) => updateThreatAction({ threatId: threat.id, version, changes, base }),
    apply,
    valuesOf: threatValuesOf,
  });
}
