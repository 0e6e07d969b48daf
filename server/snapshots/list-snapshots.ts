import 'server-only';
import type { SnapshotListItem } from '@/lib/workshop/types';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { snapshotListSelect, toSnapshotListItem } from './snapshot-store';

export type { SnapshotListItem };

/** A model's snapshots, newest first, without their documents (see getSnapshot). */
export async function listSnapshots(actor: Actor | null, modelId: string): Promise<SnapshotListItem[]> {
  const db = getDb();
  await requireModelRole(db, actor, modelId, 'VIEWER');
  const rows = await db.snapshot.findMany({ where: { modelId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: snapshotListSelect });
  return rows.map(toSnapshotListItem);
}
