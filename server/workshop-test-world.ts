import 'server-only';
import type { AgendaStage } from '@/lib/workshop/agenda';
import { getDb } from './db';
import { takeSnapshot } from './snapshots/snapshot-store';
import type { World } from './test-world';

/**
 * Adds to a test world a two-element diagram, a baseline snapshot and a running workshop
 * facilitated by the editor (nobody has joined yet), with one vote (by "other"), one parked question and one comment by
 * the editor. Written straight to the database: no audit events. Integration tests only.
 */
export async function addWorkshop(w: World) {
  const db = getDb();
  const source = await db.element.create({ data: { modelId: w.model.id, kind: 'data-source', name: 'Clickstream' } });
  const store = await db.element.create({ data: { modelId: w.model.id, kind: 'data-store', name: 'Data lake' } });
  const flow = await db.flow.create({ data: { modelId: w.model.id, sourceId: source.id, targetId: store.id, label: 'Events' } });
  const snapshot = await db.$transaction((tx) => takeSnapshot(tx, { modelId: w.model.id, name: 'Baseline', kind: 'baseline', createdById: w.users.owner.id }));
  const agenda: AgendaStage[] = [
    { key: `element:${source.id}`, title: 'Clickstream', elementIds: [source.id], flowIds: [flow.id] },
    { key: `element:${store.id}`, title: 'Data lake', elementIds: [store.id], flowIds: [flow.id] },
  ];
  const workshop = await db.workshop.create({
    data: {
      modelId: w.model.id, title: 'Design review', agenda: agenda as never, facilitatorId: w.users.editor.id, baselineSnapshotId: snapshot.id,
    },
  });
  await db.workshopVote.create({ data: { workshopId: workshop.id, threatId: w.threat.id, userId: w.users.other.id, likelihood: 5, impact: 2 } });
  const parked = await db.parkingLotItem.create({ data: { modelId: w.model.id, workshopId: workshop.id, text: 'Who owns the lake?', authorId: w.users.editor.id } });
  const comment = await db.comment.create({ data: { modelId: w.model.id, threatId: w.threat.id, authorId: w.users.editor.id, body: 'Seen in the 2025 incident.' } });
  return { elements: { source, store }, flow, snapshot, workshop, parked, comment };
}
