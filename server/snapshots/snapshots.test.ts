import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { updateThreat } from '../threats/update-threat';
import { addWorkshop } from '../workshop-test-world';
import { endWorkshop } from '../workshops/end-workshop';
import { getChangesSinceSnapshot } from './get-changes-since-snapshot';
import { getSnapshot } from './get-snapshot';
import { listSnapshots } from './list-snapshots';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message }));

describe('snapshots', () => {
  it('lists a model’s snapshots newest first, and returns one with its frozen document', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { likelihood: 5 } });
    const { snapshotId } = await endWorkshop(w.actors.editor, { workshopId: x.workshop.id });
    const list = await listSnapshots(w.actors.viewer, w.model.id);
    expect(list.map((s) => [s.id, s.kind])).toEqual([[snapshotId, 'workshop'], [x.snapshot.id, 'baseline']]);
    expect(list[0]).toMatchObject({ name: 'Workshop: Design review', workshop: { id: x.workshop.id }, createdBy: 'editor' });
    expect(list[0]!.summary?.diff.threats.changed[0]?.fields).toEqual([{ field: 'likelihood', before: 3, after: 5 }]);
    expect(list[1]!.summary).toBeNull();
    expect(list[0]).not.toHaveProperty('document');
    const baseline = await getSnapshot(w.actors.viewer, x.snapshot.id);
    expect(baseline.document.threats.find((t) => t.id === w.threat.id)?.likelihood).toBe(3);
    expect(baseline.document.graph.elements.map((e) => e.name).sort()).toEqual(['Clickstream', 'Data lake']);
    const ended = await getSnapshot(w.actors.viewer, snapshotId);
    expect(ended.document.threats.find((t) => t.id === w.threat.id)?.likelihood).toBe(5);
    expect(ended.seq).toBe(ended.document.model.revision);
  });

  it('diffs the model live against its latest snapshot, or one named', async () => {
    const w = await createWorld();
    expect((await getChangesSinceSnapshot(w.actors.viewer, w.model.id)).since).toBeNull();
    const x = await addWorkshop(w);
    expect((await getChangesSinceSnapshot(w.actors.viewer, w.model.id)).diff.threats).toEqual({ added: [], changed: [], removed: [] });
    await getDb().element.update({ where: { id: x.elements.store.id }, data: { name: 'Lakehouse' } });
    await getDb().threat.create({ data: { modelId: w.model.id, title: 'New one' } });
    const changes = await getChangesSinceSnapshot(w.actors.viewer, w.model.id, x.snapshot.id);
    expect(changes.since?.id).toBe(x.snapshot.id);
    expect(changes.diff.elements.changed).toEqual([{ id: x.elements.store.id, name: 'Lakehouse', fields: [{ field: 'name', before: 'Data lake', after: 'Lakehouse' }] }]);
    expect(changes.diff.threats.added.map((t) => t.name)).toEqual(['New one']);
  });

  it('hides other workspaces’ snapshots behind a 404', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    expect(await fail(getSnapshot(w.actors.outsider, x.snapshot.id))).toMatchObject({ status: 404 });
    expect(await fail(getSnapshot(w.actors.viewer, 'missing'))).toMatchObject({ status: 404 });
    expect(await fail(getSnapshot(null, x.snapshot.id))).toMatchObject({ status: 401 });
    const other = await getDb().threatModel.create({ data: { workspaceId: w.workspace.id, name: 'Other' } });
    expect(await fail(getChangesSinceSnapshot(w.actors.viewer, other.id, x.snapshot.id))).toMatchObject({ status: 404 });
  });
});
