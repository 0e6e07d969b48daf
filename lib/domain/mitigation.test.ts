import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, bulkUpdateMitigationsSchema, dueDateSchema, isOverdue, transitionProblem, updateMitigationSchema } from './mitigation';
import { allMitigationsVerified, residualRating } from './residual';

describe('mitigation workflow', () => {
  it('moves one step forward at a time and back freely', () => {
    expect(transitionProblem('proposed', 'planned')).toBeNull();
    expect(transitionProblem('planned', 'in-progress')).toBeNull();
    expect(transitionProblem('in-progress', 'implemented')).toBeNull();
    expect(transitionProblem('implemented', 'verified')).toBeNull();
    expect(transitionProblem('proposed', 'verified')).toBe('Move from Proposed to Planned first.');
    expect(transitionProblem('verified', 'planned')).toBeNull();
  });
  it('rejects from anywhere but verified, and reopens to proposed only', () => {
    expect(transitionProblem('in-progress', 'rejected')).toBeNull();
    expect(transitionProblem('verified', 'rejected')).toMatch(/cannot be rejected/);
    expect(transitionProblem('rejected', 'planned')).toMatch(/Proposed first/);
    expect(allowedNextStatuses('rejected')).toEqual(['proposed']);
    expect(allowedNextStatuses('proposed')).toEqual(['planned', 'rejected']);
  });
  it('requires a reason to reject', () => {
    expect(updateMitigationSchema.safeParse({ mitigationId: 'm', version: 1, changes: { status: 'rejected' } }).success).toBe(false);
    expect(updateMitigationSchema.safeParse({ mitigationId: 'm', version: 1, changes: { status: 'rejected', rejectionReason: 'Too costly' } }).success).toBe(true);
    expect(bulkUpdateMitigationsSchema.safeParse({ workspaceId: 'w', mitigationIds: ['m'], changes: { status: 'rejected' } }).success).toBe(false);
  });
  it('validates due dates and links', () => {
    expect(dueDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(dueDateSchema.safeParse('2026-12-31').success).toBe(true);
    expect(updateMitigationSchema.safeParse({ mitigationId: 'm', version: 1, changes: { ticketUrl: 'javascript:alert(1)' } }).success).toBe(false);
    expect(updateMitigationSchema.safeParse({ mitigationId: 'm', version: 1, changes: { evidenceLinks: ['https://ci.example/run/1'] } }).success).toBe(true);
  });
  it('is overdue only before completion', () => {
    expect(isOverdue('in-progress', '2026-01-01', '2026-01-02')).toBe(true);
    expect(isOverdue('implemented', '2026-01-01', '2026-01-02')).toBe(false);
    expect(isOverdue('planned', '2026-01-02', '2026-01-02')).toBe(false);
    expect(isOverdue('planned', null, '2026-01-02')).toBe(false);
  });
});

describe('residual risk', () => {
  const link = (status: string, l: number, i: number) => ({ status, likelihoodReduction: l, impactReduction: i });
  it('credits verified mitigations only, never below 1', () => {
    expect(residualRating(4, 5, [link('verified', 2, 1), link('implemented', 1, 1)])).toEqual({ likelihood: 2, impact: 4 });
    expect(residualRating(2, 2, [link('verified', 4, 4)])).toEqual({ likelihood: 1, impact: 1 });
    expect(residualRating(3, 3, [])).toEqual({ likelihood: 3, impact: 3 });
  });
  it('knows when every live mitigation is verified', () => {
    expect(allMitigationsVerified([{ status: 'verified' }, { status: 'rejected' }])).toBe(true);
    expect(allMitigationsVerified([{ status: 'verified' }, { status: 'planned' }])).toBe(false);
    expect(allMitigationsVerified([])).toBe(false);
  });
});
