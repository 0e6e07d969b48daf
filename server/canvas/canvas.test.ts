import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyOps } from '@/lib/graph/apply';
import type { Op } from '@/lib/graph/op-schema';
import { validateGraph } from '@/lib/graph/validate';
import { templates } from '@/lib/templates';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createModel } from '../models/create-model';
import { createWorld } from '../test-world';
import { applyCanvasOps } from './apply-canvas-ops';
import { getCanvas } from './get-canvas';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message, details: e.details }));

const el = (id: string, kind: string, extra: Partial<{ boundaryId: string | null; x: number; y: number; name: string; properties: Record<string, unknown> }> = {}): Op => ({
  type: 'element.add',
  element: { id, kind, name: extra.name ?? id, description: '', boundaryId: extra.boundaryId ?? null, x: extra.x ?? 0, y: extra.y ?? 0, properties: extra.properties ?? {} },
});

describe('canvas persistence', () => {
  it('stores exactly what the client reducer computes, positions included', async () => {
    const w = await createWorld();
    const batches: Op[][] = [
      [
        { type: 'boundary.add', boundary: { id: 'vpc', kind: 'network', name: 'VPC', parentId: null, x: 10, y: 20, width: 900, height: 600, properties: {} } },
        { type: 'boundary.add', boundary: { id: 'ns', kind: 'namespace', name: 'serving', parentId: 'vpc', x: 40, y: 50, width: 400, height: 300, properties: {} } },
        el('src', 'data-source', { x: -200, y: 10, properties: { origin: 'public-web' } }),
        el('api', 'inference-service', { boundaryId: 'ns', x: 33.5, y: 44.25 }),
        { type: 'flow.add', flow: { id: 'f1', sourceId: 'src', targetId: 'api', label: 'requests', properties: { classification: 'personal', encryption: 'tls' } } },
      ],
      [
        { type: 'element.reparent', id: 'src', boundaryId: 'vpc', x: 100, y: 100 },
        { type: 'element.update', id: 'api', changes: { name: 'Scoring API', description: 'Scores transactions' } },
        { type: 'boundary.resize', id: 'ns', x: 40, y: 50, width: 420, height: 320 },
      ],
    ];
    let expected = (await getCanvas(w.actors.editor, w.model.id)).graph;
    let revision = 0;
    for (const ops of batches) {
      expected = applyOps(expected, ops).graph;
      revision = (await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: revision, ops })).revision;
    }
    const saved = await getCanvas(w.actors.viewer, w.model.id);
    expect(saved.revision).toBe(2);
    expect(saved.graph).toEqual(expected);

    // Removing the boundary keeps its children where they were, and the flow survives.
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 2, ops: [{ type: 'boundary.remove', id: 'vpc' }] });
    const after = await getCanvas(w.actors.editor, w.model.id);
    expect(after.graph).toEqual(applyOps(expected, [{ type: 'boundary.remove', id: 'vpc' }]).graph);
    expect(after.graph.boundaries.ns!.parentId).toBeNull();
  });

  it('merges a save based on a stale revision when it touches other things, and refuses a clash with 409, writing nothing', async () => {
    const w = await createWorld();
    await applyCanvasOps(w.actors.owner, { modelId: w.model.id, baseRevision: 0, ops: [el('a', 'data-source')] });
    // Someone else added "a" meanwhile: adding "b" on the old base does not clash.
    expect(await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('b', 'data-source')] })).toEqual({ revision: 2 });
    await applyCanvasOps(w.actors.owner, { modelId: w.model.id, baseRevision: 2, ops: [{ type: 'element.update', id: 'a', changes: { name: 'Lake' } }] });
    const stale = await fail(applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 2, ops: [{ type: 'element.update', id: 'a', changes: { name: 'Warehouse' } }] }));
    expect(stale).toMatchObject({ status: 409, details: { currentRevision: 3 } });
    const canvas = await getCanvas(w.actors.owner, w.model.id);
    expect(Object.keys(canvas.graph.elements).sort()).toEqual(['a', 'b']);
    expect(canvas.graph.elements.a!.name).toBe('Lake');
    expect(canvas.revision).toBe(3);
  });

  it('rejects invalid kinds, properties and dangling references with 422 and rolls back', async () => {
    const w = await createWorld();
    const cases: Op[][] = [
      [el('x', 'quantum-computer')],
      [el('x', 'data-source', { properties: { origin: 'the moon' } })],
      [el('x', 'data-source'), { type: 'flow.add', flow: { id: 'fx', sourceId: 'x', targetId: 'ghost', label: '', properties: {} } }],
      [el('x', 'data-source'), el('y', 'data-source'), { type: 'flow.add', flow: { id: 'fx', sourceId: 'x', targetId: 'y', label: '', properties: { classification: 'top-secret' } } }],
    ];
    for (const ops of cases) {
      expect(await fail(applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops }))).toMatchObject({ status: 422 });
    }
    const canvas = await getCanvas(w.actors.editor, w.model.id);
    expect(canvas.revision).toBe(0);
    expect(canvas.graph.elements).toEqual({});
  });

  it("cannot reach another model's elements by id", async () => {
    const w = await createWorld();
    const other = await createModel(w.actors.owner, { workspaceId: w.workspace.id, name: 'Other', description: '' });
    await applyCanvasOps(w.actors.owner, { modelId: other.id, baseRevision: 0, ops: [el('victim', 'data-source', { name: 'Victim' })] });
    const otherElementId = Object.keys((await getCanvas(w.actors.owner, other.id)).graph.elements)[0]!;
    const attempt = await fail(applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [{ type: 'element.remove', id: otherElementId }] }));
    expect(attempt).toMatchObject({ status: 422 });
    expect(Object.keys((await getCanvas(w.actors.owner, other.id)).graph.elements)).toEqual([otherElementId]);
  });

  it('audits each save with what changed', async () => {
    const w = await createWorld();
    const [a, b] = [randomUUID(), randomUUID()];
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el(a, 'data-source'), el(b, 'data-source'), { type: 'element.move', id: a, x: 5, y: 5 }] });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: w.model.id, action: 'canvas.apply' } });
    expect(event.actorId).toBe(w.users.editor.id);
    expect(event.after).toMatchObject({ revision: 1, counts: { 'element.add': 2, 'element.move': 1 } });
  });

  it('saves a large batch (1,000 elements, 1,500 flows) in one request', async () => {
    const w = await createWorld();
    const ops: Op[] = [];
    const p = randomUUID().slice(0, 8);
    for (let i = 0; i < 1000; i++) ops.push(el(`${p}e${i}`, 'data-source', { x: (i % 40) * 200, y: Math.floor(i / 40) * 120, name: `Element ${i}` }));
    for (let i = 0; i < 1500; i++) ops.push({ type: 'flow.add', flow: { id: `${p}f${i}`, sourceId: `${p}e${i % 1000}`, targetId: `${p}e${(i * 7 + 1) % 1000}`, label: '', properties: {} } });
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: ops.filter((o) => o.type !== 'flow.add' || o.flow.sourceId !== o.flow.targetId) });
    const canvas = await getCanvas(w.actors.viewer, w.model.id);
    expect(Object.keys(canvas.graph.elements)).toHaveLength(1000);
    expect(Object.keys(canvas.graph.flows).length).toBeGreaterThan(1490);
  });
});

describe('client-chosen ids', () => {
  it('refuses an id already used by another model with 422, not a server error', async () => {
    const w = await createWorld();
    const other = await createModel(w.actors.owner, { workspaceId: w.workspace.id, name: 'Other', description: '' });
    const id = randomUUID();
    await applyCanvasOps(w.actors.owner, { modelId: other.id, baseRevision: 0, ops: [el(id, 'data-source')] });
    expect(await fail(applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el(id, 'data-source')] }))).toMatchObject({ status: 422 });
  });
});

describe('models from templates', () => {
  it.each(templates.map((t) => [t.id, t] as const))('creates %s with fresh ids and a valid diagram', async (_id, template) => {
    const w = await createWorld();
    const model = await createModel(w.actors.editor, { workspaceId: w.workspace.id, name: template.name, description: '', templateId: template.id });
    const canvas = await getCanvas(w.actors.editor, model.id);
    const source = template.build();
    expect(Object.keys(canvas.graph.elements)).toHaveLength(Object.keys(source.elements).length);
    expect(Object.keys(canvas.graph.flows)).toHaveLength(Object.keys(source.flows).length);
    expect(Object.keys(canvas.graph.boundaries)).toHaveLength(Object.keys(source.boundaries).length);
    for (const id of Object.keys(canvas.graph.elements)) expect(source.elements[id]).toBeUndefined();
    expect(validateGraph(canvas.graph).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('refuses an unknown template', async () => {
    const w = await createWorld();
    expect(await fail(createModel(w.actors.editor, { workspaceId: w.workspace.id, name: 'x', description: '', templateId: 'nope' }))).toMatchObject({ status: 422 });
  });
});
