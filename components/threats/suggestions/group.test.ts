import { describe, expect, it } from 'vitest';
import type { SuggestionItem } from '../types';
import { groupSuggestions, runSummary } from './group';

const s = (id: string, status: SuggestionItem['status'], active = true) => ({ id, status, active }) as SuggestionItem;

describe('suggestion groups', () => {
  it('groups by decision, retired ones apart whatever their decision', () => {
    const g = groupSuggestions([s('a', 'open'), s('b', 'accepted'), s('c', 'dismissed'), s('d', 'accepted', false), s('e', 'open', false)]);
    expect(g.open.map((x) => x.id)).toEqual(['a']);
    expect(g.accepted.map((x) => x.id)).toEqual(['b']);
    expect(g.dismissed.map((x) => x.id)).toEqual(['c']);
    expect(g.retired.map((x) => x.id)).toEqual(['d', 'e']);
  });

  it('summarises a re-run', () => {
    expect(runSummary({ added: 3, reactivated: 0, retired: 1 })).toBe('3 new, 1 retired');
    expect(runSummary({ added: 0, reactivated: 2, retired: 0 })).toBe('2 back');
    expect(runSummary({ added: 0, reactivated: 0, retired: 0 })).toBe('No changes');
  });
});
