import { describe, expect, it } from 'vitest';
import { conflictChoices, conflictDialogReducer, conflictProblems, initialConflictState, whoChanged, type ConflictItem } from './conflict-state';

const title: ConflictItem = { key: 'title', label: 'Title', theirs: 'Their title', mine: 'My title', by: { name: 'Ana' }, at: null, mergeable: true };
const status: ConflictItem = { key: 'status', label: 'Status', theirs: 'accepted', mine: 'mitigating', by: { name: 'Ben' }, at: null, mergeable: false };

describe('conflict dialog state', () => {
  it('needs a choice per field before it can apply', () => {
    let s = conflictDialogReducer(initialConflictState, { type: 'choose', item: status, choice: 'theirs' });
    expect(conflictProblems(s, [title, status])).toEqual({ title: 'Choose which title to keep.' });
    s = conflictDialogReducer(s, { type: 'choose', item: title, choice: 'mine' });
    expect(conflictProblems(s, [title, status])).toEqual({});
    expect(conflictChoices(s, [title, status])).toEqual({ title: { choice: 'mine' }, status: { choice: 'theirs' } });
  });

  it('prefills a merge with both labelled versions and keeps the edit across switching', () => {
    let s = conflictDialogReducer(initialConflictState, { type: 'choose', item: title, choice: 'merge' });
    expect(s.merged.title).toBe('[Version by Ana]\nTheir title\n\n[Your version]\nMy title');
    expect(conflictProblems(s, [title])).toEqual({ title: expect.stringContaining('Remove the') });
    s = conflictDialogReducer(s, { type: 'edit', key: 'title', text: 'Our title' });
    s = conflictDialogReducer(s, { type: 'choose', item: title, choice: 'theirs' });
    s = conflictDialogReducer(s, { type: 'choose', item: title, choice: 'merge' });
    expect(conflictChoices(s, [title])).toEqual({ title: { choice: 'merge', text: 'Our title' } });
    s = conflictDialogReducer(s, { type: 'edit', key: 'title', text: '   ' });
    expect(conflictProblems(s, [title])).toEqual({ title: 'The merged title is empty.' });
  });

  it('never merges a field that cannot be merged', () => {
    expect(conflictDialogReducer(initialConflictState, { type: 'choose', item: status, choice: 'merge' })).toBe(initialConflictState);
  });

  it('names who changed the fields', () => {
    expect(whoChanged([title])).toBe('Ana');
    expect(whoChanged([title, status])).toBe('Ana and Ben');
    expect(whoChanged([{ by: null }])).toBe('someone else');
  });
});
