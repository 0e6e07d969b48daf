import 'server-only';
import { parseWorkshopSummary } from '@/lib/workshop/summary';
import type { WorkshopListItem, WorkshopStatus } from '@/lib/workshop/types';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';

export type { WorkshopListItem };

/** A model's workshops, newest first, each ended one with its snapshot's summary. */
export async function listWorkshops(actor: Actor | null, modelId: string): Promise<WorkshopListItem[]> {
  const db = getDb();
  await requireModelRole(db, actor, modelId, 'VIEWER');
  const rows = await db.workshop.findMany({
    where: { modelId },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true, title: true, status: true, startedAt: true, endedAt: true, snapshotId: true,
      facilitator: { select: { name: true, email: true } },
      snapshot: { select: { summary: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status as WorkshopStatus,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    facilitator: r.facilitator ? (r.facilitator.name ?? r.facilitator.email) : null,
    snapshotId: r.snapshotId,
    summary: r.snapshot ? parseWorkshopSummary(r.snapshot.summary) : null,
  }));
}
