import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { AppError } from '../errors';
import { createWorld } from '../test-world';
import { createModel } from './create-model';
import { deleteModel } from './delete-model';
import { duplicateModel } from './duplicate-model';
import { getModel } from './get-model';
import { listModels } from './list-models';
import { updateModel } from './update-model';

const status = (p: Promise<unknown>) => p.then(() => 'ok', (e: AppError) => e.status);

describe('threat models', () => {
  it('creates, lists and audits a model', async () => {
    const w = await createWorld();
    const m = await createModel(w.actors.editor, { workspaceId: w.workspace.id, name: 'RAG assistant', description: 'Support bot' });
    const list = await listModels(w.actors.viewer, w.workspace.id);
    expect(list.map((x) => x.name)).toContain('RAG assistant');
    const event = await getDb().auditEvent.findFirst({ where: { entityId: m.id, action: 'model.create' } });
    expect(event?.actorId).toBe(w.users.editor.id);
    expect(event?.after).toEqual({ name: 'RAG assistant', description: 'Support bot' });
  });

  it('refuses a stale version with 409 and keeps the first edit', async () => {
    const w = await createWorld();
    const first = await updateModel(w.actors.owner, { modelId: w.model.id, version: 1, name: 'Alice’s name' });
    expect(first.version).toBe(2);
    await expect(status(updateModel(w.actors.editor, { modelId: w.model.id, version: 1, description: 'Bob’s text' }))).resolves.toBe(409);
    const now = await getModel(w.actors.viewer, w.model.id);
    expect(now).toMatchObject({ name: 'Alice’s name', description: '', version: 2 });
  });

  it('lets exactly one of two concurrent edits at the same version win', async () => {
    const w = await createWorld();
    const results = await Promise.all([
      status(updateModel(w.actors.owner, { modelId: w.model.id, version: 1, name: 'A' })),
      status(updateModel(w.actors.editor, { modelId: w.model.id, version: 1, name: 'B' })),
    ]);
    expect(results.sort()).toEqual([409, 'ok'].sort());
    expect((await getModel(w.actors.owner, w.model.id)).version).toBe(2);
  });

  it('records before and after in the audit log', async () => {
    const w = await createWorld();
    await updateModel(w.actors.editor, { modelId: w.model.id, version: 1, description: 'New scope' });
    const event = await getDb().auditEvent.findFirst({ where: { entityId: w.model.id, action: 'model.update' } });
    expect(event?.before).toEqual({ name: 'Credit model', description: '' });
    expect(event?.after).toEqual({ name: 'Credit model', description: 'New scope' });
  });

  it('deletes only after the exact name is typed, with everything in it', async () => {
    const w = await createWorld();
    const db = getDb();
    const el = await db.element.create({ data: { modelId: w.model.id, kind: 'data-source', name: 'S3' } });
    await db.threat.create({ data: { modelId: w.model.id, elementId: el.id, title: 'Poisoning' } });
    await expect(status(deleteModel(w.actors.editor, { modelId: w.model.id, confirmName: 'credit model' }))).resolves.toBe(422);
    expect(await db.threatModel.count({ where: { id: w.model.id } })).toBe(1);
    await deleteModel(w.actors.editor, { modelId: w.model.id, confirmName: 'Credit model' });
    expect(await db.threatModel.count({ where: { id: w.model.id } })).toBe(0);
    expect(await db.element.count({ where: { modelId: w.model.id } })).toBe(0);
    expect(await db.threat.count({ where: { modelId: w.model.id } })).toBe(0);
    const event = await db.auditEvent.findFirst({ where: { entityId: w.model.id, action: 'model.delete' } });
    // The world's model already holds one threat; this test added a second.
    expect(event?.before).toMatchObject({ name: 'Credit model', counts: { elements: 1, threats: 2 } });
  });

  it('duplicates the graph, threats, mitigations and links with fresh ids', async () => {
    const w = await createWorld();
    const db = getDb();
    const outer = await db.boundary.create({ data: { modelId: w.model.id, kind: 'k8s-cluster', name: 'prod' } });
    const inner = await db.boundary.create({ data: { modelId: w.model.id, kind: 'namespace', name: 'ml', parentId: outer.id } });
    const a = await db.element.create({ data: { modelId: w.model.id, boundaryId: inner.id, kind: 'inference', name: 'API', properties: { exposure: 'internet' } } });
    const b = await db.element.create({ data: { modelId: w.model.id, kind: 'model-registry', name: 'Registry' } });
    const f = await db.flow.create({ data: { modelId: w.model.id, sourceId: b.id, targetId: a.id, label: 'weights' } });
    const t = await db.threat.create({ data: { modelId: w.model.id, flowId: f.id, title: 'Tampering', stride: ['T'] } });
    const m = await db.mitigation.create({ data: { modelId: w.model.id, title: 'Sign models', status: 'planned' } });
    await db.threatMitigation.create({ data: { threatId: t.id, mitigationId: m.id } });

    const copy = await duplicateModel(w.actors.editor, { modelId: w.model.id });
    expect(copy.name).toBe('Credit model (copy)');
    const [boundaries, elements, flows, threats, links] = await Promise.all([
      db.boundary.findMany({ where: { modelId: copy.id } }),
      db.element.findMany({ where: { modelId: copy.id } }),
      db.flow.findMany({ where: { modelId: copy.id } }),
      db.threat.findMany({ where: { modelId: copy.id } }),
      db.threatMitigation.findMany({ where: { threat: { modelId: copy.id } }, include: { mitigation: true } }),
    ]);
    const ns = boundaries.find((x) => x.name === 'ml')!;
    expect(boundaries.find((x) => x.id === ns.parentId)?.name).toBe('prod');
    const api = elements.find((x) => x.name === 'API')!;
    expect(api.boundaryId).toBe(ns.id);
    expect(api.properties).toEqual({ exposure: 'internet' });
    expect(flows).toHaveLength(1);
    expect(flows[0]!.targetId).toBe(api.id);
    expect(threats.find((x) => x.title === 'Tampering')).toMatchObject({ stride: ['T'], flowId: flows[0]!.id });
    // The world's own threat–mitigation link is copied too.
    expect(links).toHaveLength(2);
    expect(links.find((l) => l.mitigation.title === 'Sign models')!.mitigation).toMatchObject({ status: 'planned', modelId: copy.id });
    const originalIds = new Set([outer.id, inner.id, a.id, b.id, f.id, t.id, m.id]);
    for (const row of [...boundaries, ...elements, ...flows, ...threats]) expect(originalIds.has(row.id)).toBe(false);
  });

  it('never shows a model under another workspace', async () => {
    const w = await createWorld();
    await expect(status(getModel(w.actors.owner, w.model.id, w.outsiderWorkspace.id))).resolves.toBe(404);
  });
});
