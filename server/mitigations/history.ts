import 'server-only';
import type { Tx } from '../db';

export type TrackedField = 'status' | 'owner' | 'dueDate';

/** One history row per changed field (who, when, from, to): the mitigation's timeline. */
export async function recordMitigationChanges(
  tx: Tx,
  actorId: string | null,
  rows: { mitigationId: string; field: TrackedField; from: string | null; to: string | null }[],
): Promise<void> {
  const real = rows.filter((r) => r.from !== r.to);
  if (real.length) {
    await tx.mitigationStatusChange.createMany({
      data: real.map((r) => ({ mitigationId: r.mitigationId, actorId, field: r.field, fromValue: r.from, toValue: r.to })),
    });
  }
}

export const isoDate = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
export const fromIsoDate = (s: string | null | undefined): Date | null | undefined =>
  s === undefined ? undefined : s === null ? null : new Date(`${s}T00:00:00Z`);
