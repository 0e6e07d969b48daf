import { describe, expect, it } from 'vitest';
import { createModelSchema, deleteModelSchema, updateModelSchema } from './model';
import { riskLevel } from './risk';
import { roleAtLeast, roles } from './roles';
import { createThreatSchema, dismissSuggestionSchema, updateThreatSchema } from './threat';
import { createInvitationSchema, slugify } from './workspace';

describe('roles', () => {
  it('orders owner > editor > viewer', () => {
    const grid = roles.map((r) => roles.map((req) => roleAtLeast(r, req)));
    expect(grid).toEqual([
      [true, true, true], // OWNER
      [false, true, true], // EDITOR
      [false, false, true], // VIEWER
    ]);
  });
});

describe('slugify', () => {
  it('makes a readable, URL-safe slug with the suffix', () => {
    expect(slugify('  Ünïcode & ML Platform! ', 'ab12cd')).toBe('unicode-ml-platform-ab12cd');
    expect(slugify('日本語', 'ab12cd')).toBe('workspace-ab12cd');
    expect(slugify('x'.repeat(100), 's').length).toBeLessThanOrEqual(42);
  });
});

describe('model schemas', () => {
  it('trims names and defaults the description', () => {
    expect(createModelSchema.parse({ workspaceId: 'w1', name: '  Fraud model ' })).toEqual({
      workspaceId: 'w1',
      name: 'Fraud model',
      description: '',
    });
  });

  it('requires something to change and a version', () => {
    expect(updateModelSchema.safeParse({ modelId: 'm1', version: 1 }).success).toBe(false);
    expect(updateModelSchema.safeParse({ modelId: 'm1', name: 'x' }).success).toBe(false);
    expect(updateModelSchema.safeParse({ modelId: 'm1', version: 1, name: 'x' }).success).toBe(true);
  });

  it('rejects ids that are not ids', () => {
    expect(deleteModelSchema.safeParse({ modelId: "1' OR '1'='1", confirmName: 'x' }).success).toBe(false);
  });
});

describe('invitation schema', () => {
  it('accepts an empty email for link invitations and normalises a given one', () => {
    expect(createInvitationSchema.parse({ workspaceId: 'w', email: '', role: 'VIEWER' }).email).toBe('');
    expect(createInvitationSchema.parse({ workspaceId: 'w', email: 'A@B.io', role: 'EDITOR' }).email).toBe('a@b.io');
    expect(createInvitationSchema.safeParse({ workspaceId: 'w', role: 'ADMIN' }).success).toBe(false);
  });
});

describe('threat schemas', () => {
  it('requires a dismissal reason', () => {
    expect(dismissSuggestionSchema.safeParse({ modelId: 'm', suggestionIds: ['s'], reason: '  ' }).success).toBe(false);
    expect(dismissSuggestionSchema.parse({ modelId: 'm', suggestionIds: ['s'], reason: ' duplicate ' }).reason).toBe('duplicate');
  });
  it('bounds likelihood and impact to 1–5 and needs a change', () => {
    expect(updateThreatSchema.safeParse({ threatId: 't', version: 1, changes: { impact: 6 } }).success).toBe(false);
    expect(updateThreatSchema.safeParse({ threatId: 't', version: 1, changes: {} }).success).toBe(false);
    expect(updateThreatSchema.safeParse({ threatId: 't', version: 1, changes: { status: 'mitigated' } }).success).toBe(true);
  });
  it('needs a title or a catalogue entry', () => {
    expect(createThreatSchema.safeParse({ modelId: 'm', target: { type: 'model' } }).success).toBe(false);
    expect(createThreatSchema.safeParse({ modelId: 'm', target: { type: 'model' }, title: 'x' }).success).toBe(true);
  });
  it('bands risk 1–4 low, 5–9 medium, 10–14 high, 15–25 critical', () => {
    expect([riskLevel(1, 4), riskLevel(1, 5), riskLevel(3, 3), riskLevel(2, 5), riskLevel(3, 5), riskLevel(5, 5)]).toEqual(['low', 'medium', 'medium', 'high', 'critical', 'critical']);
  });
});
