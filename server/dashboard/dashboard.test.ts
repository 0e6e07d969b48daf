import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { createMitigation } from '../mitigations/create-mitigation';
import { linkMitigation } from '../mitigations/link-mitigation';
import { updateMitigation } from '../mitigations/update-mitigation';
import { createWorld } from '../test-world';
import { createThreat } from '../threats/create-threat';
import { updateThreat } from '../threats/update-threat';
import { getDashboard } from './get-dashboard';

const DAY = 86_400_000;

describe('dashboard figures on a known model', () => {
  it('reports every figure exactly', async () => {
    const w = await createWorld();
    const db = getDb();
    const now = new Date();
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
    const api = await db.element.create({ data: { modelId: w.model.id, kind: 'inference-service', name: 'Scoring API' } });
    // A: the world's threat, 3×3, identified, whole model, its (proposed) mitigation lowers L by 1 once verified.
    const b = await createThreat(w.actors.editor, { modelId: w.model.id, target: { type: 'element', id: api.id }, title: 'Model extraction', category: 'model-theft', likelihood: 5, impact: 4 });
    const c = await createThreat(w.actors.editor, { modelId: w.model.id, target: { type: 'element', id: api.id }, title: 'Evasion', category: 'evasion', likelihood: 2, impact: 2 });
    await updateThreat(w.actors.editor, { threatId: c.id, version: 1, changes: { status: 'accepted' } });
    const m = await createMitigation(w.actors.editor, { modelId: w.model.id, title: 'Rate limiting', threatIds: [b.id], ownerId: w.users.editor.id, dueDate: '2020-02-01' });
    await linkMitigation(w.actors.editor, { threatId: b.id, mitigationId: m.id, likelihoodReduction: 2, impactReduction: 0 });
    let v = 1;
    for (const status of ['planned', 'in-progress', 'implemented', 'verified'] as const) {
      await updateMitigation(w.actors.editor, { mitigationId: m.id, version: v++, changes: { status, ...(status === 'verified' ? { evidence: 'Load test' } : {}) } });
    }
    // The world's mitigation is overdue and owned by the viewer.
    await updateMitigation(w.actors.editor, { mitigationId: w.mitigation.id, version: 1, changes: { dueDate: '2020-01-01', ownerId: w.users.viewer.id } });

    // Spread the history over four days: everything starts 3 days ago; the mitigation is verified
    // and threat C accepted 1 day ago.
    await db.threat.updateMany({ where: { modelId: w.model.id }, data: { createdAt: at(3) } });
    await db.threatStatusChange.updateMany({ where: { threat: { modelId: w.model.id }, fromValue: null }, data: { createdAt: at(3) } });
    await db.threatStatusChange.updateMany({ where: { threatId: c.id, toValue: 'accepted' }, data: { createdAt: at(1) } });
    for (const [status, days] of [['proposed', 3], ['planned', 3], ['in-progress', 2], ['implemented', 2], ['verified', 1]] as const) {
      await db.mitigationStatusChange.updateMany({ where: { mitigationId: m.id, field: 'status', toValue: status }, data: { createdAt: at(days) } });
    }
    // The world's threat has no status history row (seeded directly): give it one.
    await db.threatStatusChange.create({ data: { threatId: w.threat.id, toValue: 'identified', createdAt: at(3) } });

    const d = await getDashboard(w.actors.viewer, { workspaceId: w.workspace.id, modelId: w.model.id }, now);
    expect(d.totals).toEqual({ threats: 3, openThreats: 2, mitigations: 3, verifiedMitigations: 1, overdueMitigations: 1 });
    const byRisk = Object.fromEntries(d.byRiskAndStatus.map((r) => [r.risk, [r.total, Object.entries(r.counts).filter(([, n]) => n).map(([s, n]) => `${s}:${n}`)]]));
    expect(byRisk).toEqual({ low: [1, ['accepted:1']], medium: [1, ['identified:1']], high: [0, []], critical: [1, ['identified:1']] });
    expect(d.coverage).toEqual({ highOrCritical: 1, covered: 1, ratio: 1 });
    const cells = (g: number[][]) => g.flatMap((row, l) => row.flatMap((n, i) => (n ? [`L${l + 1}I${i + 1}:${n}`] : [])));
    expect(cells(d.heatmap.inherent)).toEqual(['L2I2:1', 'L3I3:1', 'L5I4:1']);
    expect(cells(d.heatmap.residual)).toEqual(['L2I2:1', 'L3I3:1', 'L3I4:1']);
    expect(d.byStage).toEqual([
      { key: api.id, name: 'Scoring API', kind: 'inference-service', total: 2, open: 1 },
      { key: 'model', name: 'Whole model', kind: null, total: 1, open: 1 },
    ]);
    expect(d.byCategory.map((x) => [x.category, x.total, x.open])).toEqual([['evasion', 1, 0], ['model-theft', 1, 1], ['uncategorised', 1, 1]]);
    expect(d.burndown.map((p) => p.openRisk)).toEqual([33, 33, 21, 21]);
    expect(d.burndown[0]!.date).toBe(at(3).toISOString().slice(0, 10));
    expect(d.overdue).toEqual([
      expect.objectContaining({ id: w.mitigation.id, title: 'Validate training data', owner: 'viewer', dueDate: '2020-01-01', status: 'proposed' }),
    ]);
    expect(d.mitigationsByStatus).toMatchObject({ proposed: 2, verified: 1 });
  });

  it('aggregates the whole workspace', async () => {
    const w = await createWorld();
    const other = await getDb().threatModel.create({ data: { workspaceId: w.workspace.id, name: 'Second' } });
    await createThreat(w.actors.editor, { modelId: other.id, target: { type: 'model' }, title: 'Prompt injection', likelihood: 4, impact: 4 });
    const d = await getDashboard(w.actors.viewer, { workspaceId: w.workspace.id });
    expect(d.totals.threats).toBe(2);
    expect(d.coverage).toEqual({ highOrCritical: 1, covered: 0, ratio: 0 });
  });
});
