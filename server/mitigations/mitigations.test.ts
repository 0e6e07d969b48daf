import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { listThreats } from '../threats/list-threats';
import { bulkUpdateMitigations } from './bulk-update-mitigations';
import { createMitigation } from './create-mitigation';
import { getMitigation } from './get-mitigation';
import { linkMitigation } from './link-mitigation';
import { listMitigations } from './list-mitigations';
import { updateMitigation } from './update-mitigation';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message }));

describe('mitigations', () => {
  it('walks the whole workflow with owner and due date, keeping a timeline and lowering residual risk', async () => {
    const w = await createWorld();
    const { id } = await createMitigation(w.actors.editor, { modelId: w.model.id, catalogueId: 'TL-M-001', threatIds: [w.threat.id], ownerId: w.users.editor.id, dueDate: '2026-12-01' });
    await linkMitigation(w.actors.editor, { threatId: w.threat.id, mitigationId: id, likelihoodReduction: 2, impactReduction: 1 });
    let v = 1;
    const step = async (changes: Parameters<typeof updateMitigation>[1]['changes']) => {
      await updateMitigation(w.actors.editor, { mitigationId: id, version: v, changes });
      v++;
    };
    await step({ status: 'planned', ownerId: w.users.owner.id });
    await step({ status: 'in-progress', dueDate: '2026-12-15' });
    await step({ status: 'implemented' });
    expect(await fail(updateMitigation(w.actors.editor, { mitigationId: id, version: v, changes: { status: 'verified' } }))).toMatchObject({ status: 422, message: expect.stringContaining('evidence') });
    await step({ status: 'verified', evidence: 'Pen test report', evidenceLinks: ['https://reports.example/pt-42'] });

    const detail = await getMitigation(w.actors.viewer, id);
    expect(detail.timeline.map((t) => [t.field, t.from, t.to])).toEqual([
      ['status', null, 'proposed'], ['owner', null, 'editor'], ['dueDate', null, '2026-12-01'],
      ['status', 'proposed', 'planned'], ['owner', 'editor', 'owner'],
      ['status', 'planned', 'in-progress'], ['dueDate', '2026-12-01', '2026-12-15'],
      ['status', 'in-progress', 'implemented'], ['status', 'implemented', 'verified'],
    ]);
    expect(detail.timeline.every((t) => t.actor === 'editor')).toBe(true);

    const threat = (await listThreats(w.actors.viewer, w.model.id)).find((t) => t.id === w.threat.id)!;
    expect(threat).toMatchObject({ likelihood: 3, impact: 3, residual: { likelihood: 1, impact: 2, score: 2, risk: 'low' } });
    expect(threat.allMitigationsVerified).toBe(false); // the world's own mitigation is still proposed
  });

  it('enforces the workflow and requires a reason to reject', async () => {
    const w = await createWorld();
    expect(await fail(updateMitigation(w.actors.editor, { mitigationId: w.mitigation.id, version: 1, changes: { status: 'implemented' } }))).toMatchObject({ status: 422 });
    await updateMitigation(w.actors.editor, { mitigationId: w.mitigation.id, version: 1, changes: { status: 'rejected', rejectionReason: 'Compensating control in place' } });
    expect((await getMitigation(w.actors.viewer, w.mitigation.id))).toMatchObject({ status: 'rejected', rejectionReason: 'Compensating control in place' });
    expect(await fail(updateMitigation(w.actors.editor, { mitigationId: w.mitigation.id, version: 1, changes: { title: 'x' } }))).toMatchObject({ status: 409 });
  });

  it('bulk-changes status across models all or nothing, naming what cannot move', async () => {
    const w = await createWorld();
    const other = await getDb().threatModel.create({ data: { workspaceId: w.workspace.id, name: 'Second model' } });
    const { id } = await createMitigation(w.actors.editor, { modelId: other.id, title: 'Pin dependencies', threatIds: [] });
    await bulkUpdateMitigations(w.actors.editor, { workspaceId: w.workspace.id, mitigationIds: [w.mitigation.id, id], changes: { status: 'planned', ownerId: w.users.viewer.id } });
    const rows = await listMitigations(w.actors.viewer, { workspaceId: w.workspace.id });
    expect(rows.filter((r) => [w.mitigation.id, id].includes(r.id)).map((r) => [r.status, r.owner?.name, r.modelName]).sort()).toEqual([
      ['planned', 'viewer', 'Credit model'], ['planned', 'viewer', 'Second model'],
    ]);
    const refused = await fail(bulkUpdateMitigations(w.actors.editor, { workspaceId: w.workspace.id, mitigationIds: [w.mitigation.id, w.looseMitigation.id], changes: { status: 'in-progress' } }));
    expect(refused).toMatchObject({ status: 422, message: expect.stringContaining('Sign model artifacts') });
    expect((await getMitigation(w.actors.viewer, w.mitigation.id)).status).toBe('planned');
  });

  it('flags overdue work and scopes the tracker to the workspace', async () => {
    const w = await createWorld();
    await updateMitigation(w.actors.editor, { mitigationId: w.mitigation.id, version: 1, changes: { dueDate: '2020-01-01' } });
    const rows = await listMitigations(w.actors.viewer, { workspaceId: w.workspace.id, modelId: w.model.id });
    expect(rows.find((r) => r.id === w.mitigation.id)).toMatchObject({ overdue: true, dueDate: '2020-01-01', maxRisk: 'medium', threats: [{ id: w.threat.id }] });
    expect(await fail(listMitigations(w.actors.owner, { workspaceId: w.workspace.id, modelId: w.outsiderWorkspace.id }))).toMatchObject({ status: 404 });
    expect(await fail(bulkUpdateMitigations(w.actors.outsider, { workspaceId: w.outsiderWorkspace.id, mitigationIds: [w.mitigation.id], changes: { status: 'planned' } }))).toMatchObject({ status: 404 });
  });

  it('links only within one model', async () => {
    const w = await createWorld();
    const other = await getDb().threatModel.create({ data: { workspaceId: w.workspace.id, name: 'Other' } });
    const foreign = await getDb().mitigation.create({ data: { modelId: other.id, title: 'Elsewhere' } });
    expect(await fail(linkMitigation(w.actors.editor, { threatId: w.threat.id, mitigationId: foreign.id, likelihoodReduction: 1, impactReduction: 0 }))).toMatchObject({ status: 404 });
    expect(await fail(createMitigation(w.actors.editor, { modelId: other.id, title: 'x', threatIds: [w.threat.id] }))).toMatchObject({ status: 404 });
  });
});
