import { describe, expect, it } from 'vitest';
import { computeDashboard, type DashMitigation, type DashThreat } from './compute';

const now = new Date('2026-03-10T15:00:00Z');
const stage = (id: string, name: string, kind: string) => ({ id, name, kind });

// Four threats and three mitigations with a known history over 10 days (2026-03-01 … 03-10).
const threats: DashThreat[] = [
  { // critical, mitigated on 03-06 by a verified mitigation (-2 likelihood)
    id: 't1', title: 'Poisoning', category: 'data-poisoning', status: 'mitigated', likelihood: 4, impact: 5, createdAt: '2026-03-01T09:00:00Z',
    stage: stage('e1', 'Training', 'training-job'), links: [{ mitigationId: 'm1', likelihoodReduction: 2, impactReduction: 0 }],
    statusHistory: [{ at: '2026-03-01T09:00:00Z', to: 'identified' }, { at: '2026-03-06T10:00:00Z', to: 'mitigated' }],
  },
  { // high, open, mitigation only in progress
    id: 't2', title: 'Extraction', category: 'model-theft', status: 'mitigating', likelihood: 3, impact: 4, createdAt: '2026-03-03T09:00:00Z',
    stage: stage('e2', 'API', 'inference-service'), links: [{ mitigationId: 'm2', likelihoodReduction: 1, impactReduction: 0 }],
    statusHistory: [{ at: '2026-03-03T09:00:00Z', to: 'identified' }, { at: '2026-03-04T09:00:00Z', to: 'mitigating' }],
  },
  { // medium, open, on the API
    id: 't3', title: 'Evasion', category: 'evasion', status: 'identified', likelihood: 2, impact: 3, createdAt: '2026-03-05T09:00:00Z',
    stage: stage('e2', 'API', 'inference-service'), links: [], statusHistory: [{ at: '2026-03-05T09:00:00Z', to: 'identified' }],
  },
  { // low, not applicable on the whole model
    id: 't4', title: 'Noise', category: '', status: 'not-applicable', likelihood: 1, impact: 2, createdAt: '2026-03-05T09:00:00Z',
    stage: null, links: [], statusHistory: [{ at: '2026-03-05T09:00:00Z', to: 'identified' }, { at: '2026-03-05T12:00:00Z', to: 'not-applicable' }],
  },
];
const mitigations: DashMitigation[] = [
  { id: 'm1', title: 'Validate data', modelName: 'M', status: 'verified', owner: 'Ada', dueDate: '2026-03-05',
    statusHistory: [{ at: '2026-03-01T09:00:00Z', to: 'proposed' }, { at: '2026-03-02T09:00:00Z', to: 'planned' }, { at: '2026-03-03T09:00:00Z', to: 'in-progress' }, { at: '2026-03-04T09:00:00Z', to: 'implemented' }, { at: '2026-03-05T09:00:00Z', to: 'verified' }] },
  { id: 'm2', title: 'Rate limit', modelName: 'M', status: 'in-progress', owner: 'Bob', dueDate: '2026-03-08',
    statusHistory: [{ at: '2026-03-03T09:00:00Z', to: 'proposed' }, { at: '2026-03-04T09:00:00Z', to: 'planned' }, { at: '2026-03-04T10:00:00Z', to: 'in-progress' }] },
  { id: 'm3', title: 'Later', modelName: 'M', status: 'planned', owner: null, dueDate: '2026-04-01', statusHistory: [{ at: '2026-03-09T09:00:00Z', to: 'proposed' }, { at: '2026-03-09T10:00:00Z', to: 'planned' }] },
];

describe('computeDashboard', () => {
  const d = computeDashboard(threats, mitigations, now);

  it('counts totals', () => {
    expect(d.totals).toEqual({ threats: 4, openThreats: 2, mitigations: 3, verifiedMitigations: 1, overdueMitigations: 1 });
    expect(d.mitigationsByStatus).toEqual({ proposed: 0, planned: 1, 'in-progress': 1, implemented: 0, verified: 1, rejected: 0 });
  });

  it('breaks threats down by inherent risk and status', () => {
    const row = (risk: string) => d.byRiskAndStatus.find((r) => r.risk === risk)!;
    expect(row('critical')).toMatchObject({ total: 1, counts: { mitigated: 1 } });
    expect(row('high')).toMatchObject({ total: 1, counts: { mitigating: 1 } });
    expect(row('medium')).toMatchObject({ total: 1, counts: { identified: 1 } });
    expect(row('low')).toMatchObject({ total: 1, counts: { 'not-applicable': 1 } });
  });

  it('computes coverage of high and critical threats by verified mitigations', () => {
    expect(d.coverage).toEqual({ highOrCritical: 2, covered: 1, ratio: 0.5 });
  });

  it('fills the inherent and residual heat maps (not-applicable excluded)', () => {
    const cells = (g: number[][]) => g.flatMap((row, l) => row.flatMap((n, i) => (n ? [`L${l + 1}I${i + 1}:${n}`] : [])));
    expect(cells(d.heatmap.inherent)).toEqual(['L2I3:1', 'L3I4:1', 'L4I5:1']);
    expect(cells(d.heatmap.residual)).toEqual(['L2I3:1', 'L2I5:1', 'L3I4:1']);
  });

  it('groups by stage and category', () => {
    expect(d.byStage).toEqual([
      { key: 'e2', name: 'API', kind: 'inference-service', total: 2, open: 2 },
      { key: 'e1', name: 'Training', kind: 'training-job', total: 1, open: 0 },
      { key: 'model', name: 'Whole model', kind: null, total: 1, open: 0 },
    ]);
    expect(d.byCategory.map((c) => [c.category, c.total, c.open])).toEqual([
      ['data-poisoning', 1, 0], ['evasion', 1, 1], ['model-theft', 1, 1], ['uncategorised', 1, 0],
    ]);
  });

  it('replays history into a burndown of open residual risk', () => {
    expect(d.burndown).toEqual([
      { date: '2026-03-01', openRisk: 20 }, // t1 4×5
      { date: '2026-03-02', openRisk: 20 },
      { date: '2026-03-03', openRisk: 32 }, // + t2 3×4
      { date: '2026-03-04', openRisk: 32 },
      { date: '2026-03-05', openRisk: 28 }, // m1 verified: t1 → 2×5; + t3 2×3; t4 n/a same day
      { date: '2026-03-06', openRisk: 18 }, // t1 mitigated
      { date: '2026-03-07', openRisk: 18 },
      { date: '2026-03-08', openRisk: 18 },
      { date: '2026-03-09', openRisk: 18 },
      { date: '2026-03-10', openRisk: 18 },
    ]);
  });

  it('lists overdue mitigations with owners', () => {
    expect(d.overdue).toEqual([{ id: 'm2', title: 'Rate limit', modelName: 'M', owner: 'Bob', dueDate: '2026-03-08', daysOverdue: 2, status: 'in-progress' }]);
  });

  it('is empty but well-formed without threats', () => {
    const e = computeDashboard([], [], now);
    expect(e.burndown).toEqual([]);
    expect(e.coverage.ratio).toBeNull();
  });
});
