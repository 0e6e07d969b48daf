import { describe, expect, it } from 'vitest';
import { computeDashboard } from '@/lib/dashboard/compute';
import {
  burndownSummary, burndownTableRows, categoryRows, coverageSummary, heatmapBands, heatmapRows, heatmapTotal, mitigationStatusRows, presentStatuses, riskStatusRows, stageRows,
} from './chart-data';

const now = new Date('2026-11-20T12:00:00Z');
const dash = computeDashboard(
  [
    { id: 't1', title: 'Poisoning', category: 'data-poisoning', status: 'identified', likelihood: 4, impact: 4, createdAt: '2026-11-18T09:00:00Z', stage: { id: 'e1', name: 'Raw events', kind: 'data-source' }, links: [{ mitigationId: 'm1', likelihoodReduction: 2, impactReduction: 0 }], statusHistory: [] },
    { id: 't2', title: 'Theft', category: 'model-theft', status: 'mitigated', likelihood: 2, impact: 2, createdAt: '2026-11-18T09:00:00Z', stage: null, links: [], statusHistory: [{ at: '2026-11-18T09:00:00Z', to: 'identified' }, { at: '2026-11-19T09:00:00Z', to: 'mitigated' }] },
  ],
  [{ id: 'm1', title: 'Signed data', modelName: 'M', status: 'verified', owner: 'Ada', dueDate: '2026-11-30', statusHistory: [{ at: '2026-11-18T09:00:00Z', to: 'proposed' }, { at: '2026-11-20T09:00:00Z', to: 'verified' }] }],
  now,
);

describe('dashboard chart data', () => {
  it('stacks statuses per risk level, critical first, listing only statuses that occur', () => {
    const rows = riskStatusRows(dash);
    expect(rows.map((r) => r.label)).toEqual(['Critical', 'High', 'Medium', 'Low']);
    expect(rows[0]).toMatchObject({ total: 1, identified: 1 });
    expect(rows[3]).toMatchObject({ total: 1, mitigated: 1 });
    expect(presentStatuses(dash).map((s) => s.label)).toEqual(['Identified', 'Mitigated']);
  });

  it('describes coverage as "n of m" with a percentage, and says when nothing needs covering', () => {
    expect(coverageSummary(dash.coverage)).toEqual({ headline: '1 of 1', text: '1 of 1 high and critical threat has a verified mitigation (100%).', percent: 100 });
    expect(coverageSummary({ highOrCritical: 3, covered: 1, ratio: 1 / 3 }).text).toBe('1 of 3 high and critical threats have a verified mitigation (33%).');
    expect(coverageSummary({ highOrCritical: 0, covered: 0, ratio: null }).percent).toBeNull();
  });

  it('draws heat maps with likelihood 5 on top and counts per band', () => {
    const rows = heatmapRows(dash.heatmap.inherent);
    expect(rows[0]![0]).toMatchObject({ likelihood: 5, impact: 1 });
    expect(rows[1]![3]).toMatchObject({ likelihood: 4, impact: 4, count: 1, risk: 'critical' });
    expect(heatmapTotal(dash.heatmap.inherent)).toBe(2);
    expect(heatmapBands(dash.heatmap.inherent)).toBe('1 critical, 0 high, 0 medium, 1 low');
    // Verified: likelihood 4 → 2, so 2 × 4 = 8 (medium).
    expect(heatmapBands(dash.heatmap.residual)).toBe('0 critical, 0 high, 1 medium, 1 low');
  });

  it('splits stages and categories into open and closed, with readable category names', () => {
    expect(stageRows(dash)).toEqual([
      { name: 'Raw events', open: 1, closed: 0, total: 1 },
      { name: 'Whole model', open: 0, closed: 1, total: 1 },
    ]);
    expect(categoryRows(dash).map((c) => c.name)).toContain('Data poisoning');
  });

  it('summarises the burndown and thins long series for the table', () => {
    // 18th: 16 + 4; 19th: 16 (t2 mitigated); 20th: 8 (m1 verified).
    expect(dash.burndown.map((p) => p.openRisk)).toEqual([20, 16, 8]);
    const s = burndownSummary(dash.burndown);
    expect(s.latest).toBe(8);
    expect(s.text).toBe('Open risk went from 20 on 2026-11-18 to 8 on 2026-11-20 (down 12); the peak was 20 on 2026-11-18.');
    expect(burndownSummary([]).latest).toBeNull();
    const long = Array.from({ length: 100 }, (_, i) => ({ date: `d${i}`, openRisk: i }));
    const thin = burndownTableRows(long, 30);
    expect(thin.length).toBeLessThanOrEqual(31);
    expect(thin[thin.length - 1]).toEqual({ date: 'd99', openRisk: 99 });
  });

  it('lists every mitigation status with its count', () => {
    expect(mitigationStatusRows(dash).find((r) => r.key === 'verified')?.count).toBe(1);
    expect(mitigationStatusRows(dash)).toHaveLength(6);
  });
});
