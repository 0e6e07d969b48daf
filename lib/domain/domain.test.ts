import { describe, expect, it } from 'vitest';
import { createModelSchema, deleteModelSchema, updateModelSchema } from './model';
import { roleAtLeast, roles } from './roles';
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
