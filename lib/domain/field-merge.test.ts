import { describe, expect, it } from 'vitest';
import {
  conflictingFields,
  draftEdit,
  editConflictOf,
  hasMergeLabels,
  mergeTemplate,
  rebaseDraft,
  resolveEdit,
  sameValue,
  startDraft,
  type FieldEditConflict,
} from './field-merge';
import { threatBaseSchema, updateThreatSchema } from './threat';
import { updateMitigationSchema } from './mitigation';

const conflict = (field: string, theirs: unknown, mine: unknown, mergeable = false): FieldEditConflict => ({
  field, label: field, theirs, mine, by: { id: 'u1', name: 'Ana' }, at: '2026-11-02T10:00:00.000Z', mergeable,
});

describe('sameValue', () => {
  it('compares JSON values deeply, ignoring key order and treating undefined as null', () => {
    expect(sameValue({ a: [1, 2], b: 'x' }, { b: 'x', a: [1, 2] })).toBe(true);
    expect(sameValue(['S', 'T'], ['T', 'S'])).toBe(false);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue({ a: undefined }, {})).toBe(true);
    expect(sameValue(3, '3')).toBe(false);
  });
});

describe('conflictingFields', () => {
  const current = { title: 'Theirs', status: 'accepted', impact: 3 };

  it('lets edits of fields nobody else changed through', () => {
    expect(conflictingFields(current, { impact: 5 }, { impact: 3 })).toEqual([]);
  });

  it('names fields someone else changed to another value', () => {
    expect(conflictingFields(current, { title: 'Mine', impact: 5 }, { title: 'Original', impact: 3 })).toEqual(['title']);
  });

  it('is no conflict when both wrote the same value', () => {
    expect(conflictingFields(current, { status: 'accepted' }, { status: 'identified' })).toEqual([]);
  });

  it('counts a changed field without a base as a conflict unless it already holds my value', () => {
    expect(conflictingFields(current, { title: 'Mine' }, {})).toEqual(['title']);
    expect(conflictingFields(current, { title: 'Theirs' }, {})).toEqual([]);
  });

  it('skips ignored and undefined fields', () => {
    expect(conflictingFields({ status: 'planned', rejectionReason: 'x' }, { rejectionReason: 'y', status: undefined }, {}, ['rejectionReason'])).toEqual([]);
  });
});

describe('editConflictOf', () => {
  it('reads a field conflict from a 409 and nothing else', () => {
    const details = { version: 4, conflicts: [conflict('title', 'a', 'b', true)] };
    expect(editConflictOf({ status: 409, details })).toEqual(details);
    expect(editConflictOf({ status: 409, details: { current: { title: 'x' } } })).toBeNull();
    expect(editConflictOf({ status: 409, details: { version: 4, conflicts: [] } })).toBeNull();
    expect(editConflictOf({ status: 422, details })).toBeNull();
    expect(editConflictOf({ status: 409 })).toBeNull();
  });
});

describe('resolveEdit', () => {
  const changes = { title: 'Mine', status: 'mitigating', impact: 5 };
  const base = { title: 'Original', status: 'identified', impact: 3 };
  const conflicts = [conflict('title', 'Theirs', 'Mine', true), conflict('status', 'accepted', 'mitigating')];

  it('drops "theirs", keeps "mine", writes the merge, and bases settled fields on theirs', () => {
    const out = resolveEdit(changes, base, conflicts, { title: { choice: 'merge', text: 'Theirs and mine' }, status: { choice: 'theirs' } });
    expect(out.changes).toEqual({ title: 'Theirs and mine', impact: 5 });
    expect(out.base).toEqual({ title: 'Theirs', impact: 3 });
    expect(out.dropped).toEqual(['status']);
    const mine = resolveEdit(changes, base, conflicts, { title: { choice: 'mine' }, status: { choice: 'mine' } });
    expect(mine.changes).toEqual(changes);
    expect(mine.base).toEqual({ title: 'Theirs', status: 'accepted', impact: 3 });
  });

  it('leaves nothing to save when every field keeps theirs', () => {
    const out = resolveEdit({ title: 'Mine' }, { title: 'Original' }, [conflicts[0]!], { title: { choice: 'theirs' } });
    expect(out.changes).toEqual({});
  });

  it('refuses to guess a missing choice', () => {
    expect(() => resolveEdit(changes, base, conflicts, { title: { choice: 'mine' } })).toThrow(/status/);
  });
});

describe('merge template', () => {
  it('holds both versions under labels the dialog can spot', () => {
    const text = mergeTemplate('Their text', 'My text', 'Ana');
    expect(text).toBe('[Version by Ana]\nTheir text\n\n[Your version]\nMy text');
    expect(hasMergeLabels(text)).toBe(true);
    expect(hasMergeLabels('Their text and my text')).toBe(false);
  });
});

describe('open editor drafts', () => {
  const start = startDraft({ title: 'T', description: 'D', status: 'identified' }, 2);

  it('follows untouched fields and keeps typed ones, remembering the clash', () => {
    const typed = { ...start, draft: { ...start.draft, title: 'My title' } };
    const next = rebaseDraft(typed, { title: 'Their title', description: 'Their description', status: 'identified' });
    expect(next.draft).toEqual({ title: 'My title', description: 'Their description', status: 'identified' });
    expect(next.base).toEqual({ title: 'T', description: 'Their description', status: 'identified' });
    expect(next.clashes).toEqual(['title']);
    expect(next.followed).toEqual(['description']);
    expect(next.version).toBe(2);
    expect(draftEdit(next)).toEqual({ changes: { title: 'My title' }, base: { title: 'T' } });
  });

  it('is quiet before the user typed anything, and unchanged by the same values', () => {
    const next = rebaseDraft(start, { title: 'Their title', description: 'D', status: 'identified' });
    expect(next.draft.title).toBe('Their title');
    expect(next.followed).toEqual([]);
    expect(rebaseDraft(next, { title: 'Their title', description: 'D', status: 'identified' })).toBe(next);
  });

  it('sees no clash when they saved what the user typed', () => {
    const typed = { ...start, draft: { ...start.draft, title: 'Same' } };
    expect(rebaseDraft(typed, { title: 'Same', description: 'D', status: 'identified' }).clashes).toEqual([]);
  });
});

describe('update schemas', () => {
  it('accept an optional base of loosely typed values', () => {
    expect(updateThreatSchema.parse({ threatId: 't1', version: 1, changes: { title: ' x ' } })).toMatchObject({ changes: { title: 'x' } });
    expect(updateThreatSchema.parse({ threatId: 't1', version: 1, changes: { title: 'x' }, base: { title: '  old  ', ownerId: null } }).base).toEqual({ title: '  old  ', ownerId: null });
    expect(threatBaseSchema.safeParse({ likelihood: 'high' }).success).toBe(false);
    expect(updateMitigationSchema.parse({ mitigationId: 'm1', version: 2, changes: { dueDate: null }, base: { dueDate: '2026-01-01', ticketUrl: '' } }).base).toEqual({ dueDate: '2026-01-01', ticketUrl: '' });
  });
});
