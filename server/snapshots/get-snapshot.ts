import 'server-only';
import type { ModelDocument } from '@/lib/exchange/model-document';
import type { SnapshotDetail } from '@/lib/workshop/types';
import { requireModelRole } from '../access';
import { requireActor, type Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { snapshotListSelect, toSnapshotListItem } from './snapshot-store';

export type { SnapshotDetail };

/** One snapshot with the frozen model document (what a report of that moment renders). */
export async function getSnapshot(actor: Actor | null, snapshotId: string): Promise<SnapshotDetail> {
  requireActor(actor);
  const db = getDb();
  const found = await db.snapshot.findUnique({ where: { id: snapshotId }, select: { modelId: true } });
  if (!found) throw new NotFoundError('Snapshot');
  await requireModelRole(db, actor, found.modelId, 'VIEWER');
  const row = await db.snapshot.findUniqueOrThrow({ where: { id: snapshotId }, select: { ...snapshotListSelect, data: true } });
  const { data, ...rest } = row;
  return { ...toSnapshotListItem(rest), modelId: found.modelId, document: data as unknown as ModelDocument };
}
