import { describe, expect, it } from 'vitest';
import {
  conflictChoices,
  conflictDialogReducer,
  conflictProblems,
  conflictStateFor,
  inSentence,
  initialConflictState,
  whoChanged,
  type ConflictItem,
} from './conflict-state';

const title: ConflictItem = { key: 'title', label: 'Title', theirs: 'Their title', mine: 'My title', by: { name: 'Ana' }, at: null, mergeable: true };
const status: ConflictItem = { key: 'status', label: 'Status', theirs: 'accepted', mine: 'mitigating', by: { name: 'Ben' }, at: null, mergeable: false };
const goneName: ConflictItem = { key: 'A:name', label: 'Name of “Store”', theirs: null, mine: 'My store', by: { name: 'Ana' }, at: null, mergeable: false, deleted: 'theirs' };
const deletedByMe: ConflictItem = { key: 'B:$exists', label: 'Element “Cache”', theirs: true, mine: null, by: { name: 'Ana' }, at: null, mergeable: false, deleted: 'mine' };

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

  it('pre-selects theirs for what they deleted and never lets mine or a merge replace it', () => {
    expect(conflictStateFor([title, status])).toBe(initialConflictState);
    let s = conflictStateFor([title, goneName, deletedByMe]);
    expect(s.choices).toEqual({ 'A:name': 'theirs' });
    expect(conflictDialogReducer(s, { type: 'choose', item: goneName, choice: 'mine' })).toBe(s);
    expect(conflictDialogReducer(s, { type: 'choose', item: { ...goneName, mergeable: true }, choice: 'merge' })).toBe(s);
    // What I deleted: keeping mine deletes it; there is no text to merge.
    expect(conflictDialogReducer(s, { type: 'choose', item: { ...deletedByMe, mergeable: true }, choice: 'merge' })).toBe(s);
    s = conflictDialogReducer(s, { type: 'choose', item: deletedByMe, choice: 'mine' });
    s = conflictDialogReducer(s, { type: 'choose', item: title, choice: 'theirs' });
    expect(conflictProblems(s, [title, goneName, deletedByMe])).toEqual({});
    expect(conflictChoices(s, [title, goneName, deletedByMe])).toEqual({ title: { choice: 'theirs' }, 'A:name': { choice: 'theirs' }, 'B:$exists': { choice: 'mine' } });
  });

  it('keeps all theirs or all mine in one go, except what they deleted, and keeps hand merges', () => {
    let s = conflictDialogReducer(conflictStateFor([title, status, goneName]), { type: 'choose', item: title, choice: 'merge' });
    s = conflictDialogReducer(s, { type: 'edit', key: 'title', text: 'Our title' });
    s = conflictDialogReducer(s, { type: 'chooseAll', items: [title, status, goneName], choice: 'mine' });
    expect(s.choices).toEqual({ title: 'mine', status: 'mine', 'A:name': 'theirs' });
    expect(s.merged).toEqual({ title: 'Our title' });
    s = conflictDialogReducer(s, { type: 'chooseAll', items: [title, status, goneName], choice: 'theirs' });
    expect(conflictChoices(s, [title, status, goneName])).toEqual({ title: { choice: 'theirs' }, status: { choice: 'theirs' }, 'A:name': { choice: 'theirs' } });
    s = conflictDialogReducer(s, { type: 'choose', item: title, choice: 'merge' });
    expect(conflictChoices(s, [title])).toEqual({ title: { choice: 'merge', text: 'Our title' } });
  });

  it('puts labels into sentences without lowercasing names or acronyms', () => {
    expect(inSentence('Title')).toBe('title');
    expect(inSentence('Ticket URL')).toBe('ticket URL');
    expect(inSentence('STRIDE')).toBe('STRIDE');
    expect(inSentence('Name of “Feature Store”')).toBe('name of “Feature Store”');
    expect(conflictProblems(initialConflictState, [goneName, { ...status, key: 'stride', label: 'STRIDE' }])).toEqual({
      'A:name': 'Choose which name of “Store” to keep.',
      stride: 'Choose which STRIDE to keep.',
    });
  });
});
