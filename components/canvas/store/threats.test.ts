import { describe, expect, it } from 'vitest';
import { indexThreats, type CanvasThreat } from './threats';

const t = (id: string, targetId: string | null, status: string, risk: CanvasThreat['risk'], score: number): CanvasThreat => ({ id, title: id, targetId, status, risk, score });

describe('canvas threat index', () => {
  it('counts open threats per target with the highest open risk', () => {
    const idx = indexThreats([
      t('a', 'e1', 'identified', 'medium', 6),
      t('b', 'e1', 'mitigating', 'high', 12),
      t('c', 'e1', 'mitigated', 'critical', 25),
      t('d', 'f1', 'accepted', 'low', 2),
      t('e', null, 'identified', 'high', 12),
    ]);
    expect(idx.badges.e1).toEqual({ open: 2, risk: 'high' });
    expect(idx.badges.f1).toEqual({ open: 0, risk: null });
    expect(idx.byTarget.e1!.map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(Object.keys(idx.badges)).toEqual(['e1', 'f1']);
  });
});
