import { describe, expect, it } from 'vitest';
import { matrixCells, openTotal } from './matrix';

describe('risk matrix', () => {
  it('counts open threats per likelihood × impact cell, likelihood 5 on top', () => {
    const cells = matrixCells([
      { likelihood: 5, impact: 5, status: 'identified' },
      { likelihood: 5, impact: 5, status: 'mitigating' },
      { likelihood: 5, impact: 5, status: 'mitigated' },
      { likelihood: 1, impact: 2, status: 'identified' },
      { likelihood: 0, impact: 9, status: 'identified' },
    ]);
    expect(cells).toHaveLength(5);
    expect(cells[0]![4]).toEqual({ likelihood: 5, impact: 5, count: 2, risk: 'critical' });
    expect(cells[4]![1]).toEqual({ likelihood: 1, impact: 2, count: 1, risk: 'low' });
    expect(cells[2]![2]).toMatchObject({ likelihood: 3, impact: 3, count: 0, risk: 'medium' });
    expect(openTotal(cells)).toBe(3);
  });
});
