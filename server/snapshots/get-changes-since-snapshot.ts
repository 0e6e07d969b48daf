import 'server-only';
import { diffDocuments, type ModelDiff } from '@/lib/workshop/diff';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { buildModelDocument } from '../exports/build-model-document';
import { latestSnapshot, snapshotDocument } from './snapshot-store';

export interface ChangesSinceSnapshot {
  /** The snapshot compared against (null: the model has none, so everything counts as added). */
  since: { id: string; createdAt: Date } | null;
  diff: ModelDiff;
}

/** What changed in the model since a snapshot (by default its latest one): the live diff of a workshop. */
export async function getChangesSinceSnapshot(actor: Actor | null, modelId: string, snapshotId?: string): Promise<ChangesSinceSnapshot> {
  return getDb().$transaction(async (tx) => {
    await requireModelRole(tx, actor, modelId, 'VIEWER');
    const ref = snapshotId
      ? await tx.snapshot.findFirst({ where: { id: snapshotId, modelId }, select: { id: true, createdAt: true } })
      : await latestSnapshot(tx, modelId);
    if (snapshotId && !ref) throw new NotFoundError('Snapshot');
    const before = ref ? await snapshotDocument(tx, ref.id) : null;
    const now = await buildModelDocument(tx, modelId);
    return { since: ref, diff: diffDocuments(before?.document ?? null, now) };
  }, { timeout: 60_000 });
}
