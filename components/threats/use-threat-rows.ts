'use client';
import { useMemo } from 'react';
import { updateThreatAction } from '@/app/(app)/w/[workspace]/models/[modelId]/threats/actions';
import { useOptimisticRows } from '@/components/data-table/use-optimistic-rows';
import { applyChanges, type ThreatChanges } from './register/filters';
import type { MemberOption, ThreatItem } from './types';

export type { EditProblem } from '@/components/data-table/use-optimistic-rows';

/** The values a change overwrote, to put back if the server refuses it. */
function restoreOf(before: ThreatItem, changes: ThreatChanges): ThreatChanges {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) out[key] = key === 'ownerId' ? (before.owner?.id ?? null) : before[key as keyof ThreatItem];
  return out as ThreatChanges;
}

/** The register's rows with optimistic inline edits (see useOptimisticRows). */
export function useThreatRows(initial: ThreatItem[], members: readonly MemberOption[]) {
  const owners = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  return useOptimisticRows<ThreatItem, ThreatChanges>(initial, {
    what: 'threat',
    save: (threat, version, changes) => updateThreatAction({ threatId: threat.id, version, changes }),
    apply: (threat, changes) => applyChanges(threat, changes, owners),
    restore: restoreOf,
  });
}
