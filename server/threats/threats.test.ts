import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { bulkUpdateThreats } from './bulk-update-threats';
import { createThreat } from './create-threat';
import { listThreats } from './list-threats';
import { updateThreat } from './update-threat';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message }));

describe('threat register', () => {
  it('creates from the catalogue with its references, on an element', async () => {
    const w = await createWorld();
    const el = await getDb().element.create({ data: { modelId: w.model.id, kind: 'model-registry', name: 'Registry' } });
    const { id } = await createThreat(w.actors.editor, { modelId: w.model.id, target: { type: 'element', id: el.id }, catalogueId: 'TL-AI-001' });
    const row = (await listThreats(w.actors.viewer, w.model.id)).find((t) => t.id === id)!;
    expect(row).toMatchObject({ source: 'catalogue', catalogueId: 'TL-AI-001', target: { type: 'element', id: el.id, name: 'Registry' } });
    expect(Object.values(row.references).flat().length).toBeGreaterThan(0);
    expect(row.score).toBe(row.likelihood * row.impact);
  });

  it('writes a manual threat on the whole model and refuses a target from another model', async () => {
    const w = await createWorld();
    const { id } = await createThreat(w.actors.editor, { modelId: w.model.id, target: { type: 'model' }, title: 'Insider exfiltrates the feature store', likelihood: 2, impact: 5 });
    expect((await listThreats(w.actors.owner, w.model.id)).find((t) => t.id === id)).toMatchObject({ source: 'manual', risk: 'high', target: { type: 'model' } });
    const foreign = await getDb().threatModel.create({ data: { workspaceId: w.outsiderWorkspace.id, name: 'x' } });
    const el = await getDb().element.create({ data: { modelId: foreign.id, kind: 'data-source', name: 'Theirs' } });
    expect(await fail(createThreat(w.actors.editor, { modelId: w.model.id, target: { type: 'element', id: el.id }, title: 'x' }))).toMatchObject({ status: 404 });
  });

  it('updates inline with optimistic concurrency and audits before/after', async () => {
    const w = await createWorld();
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { status: 'mitigating', likelihood: 5, ownerId: w.users.viewer.id } });
    expect(await fail(updateThreat(w.actors.owner, { threatId: w.threat.id, version: 1, changes: { impact: 1 } }))).toMatchObject({ status: 409 });
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: w.threat.id, action: 'threat.update' } });
    expect(event.before).toEqual({ status: 'identified', likelihood: 3, ownerId: null });
    expect(event.after).toEqual({ status: 'mitigating', likelihood: 5, ownerId: w.users.viewer.id });
  });

  it('only lets members own threats', async () => {
    const w = await createWorld();
    expect(await fail(updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { ownerId: w.users.outsider.id } }))).toMatchObject({ status: 422 });
    expect(await fail(bulkUpdateThreats(w.actors.editor, { modelId: w.model.id, threatIds: [w.threat.id], changes: { ownerId: w.users.outsider.id } }))).toMatchObject({ status: 422 });
  });

  it('bulk-updates only threats of the model named', async () => {
    const w = await createWorld();
    const other = await getDb().threatModel.create({ data: { workspaceId: w.workspace.id, name: 'Other' } });
    const foreign = await getDb().threat.create({ data: { modelId: other.id, title: 'Elsewhere' } });
    expect(await fail(bulkUpdateThreats(w.actors.editor, { modelId: w.model.id, threatIds: [w.threat.id, foreign.id], changes: { status: 'accepted' } }))).toMatchObject({ status: 404 });
    expect((await getDb().threat.findUniqueOrThrow({ where: { id: w.threat.id } })).status).toBe('identified');
  });
});
