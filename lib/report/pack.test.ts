import { describe, expect, it } from 'vitest';
import { lines, packGroups } from './pack';

const o = { capacity: 100, firstSheetOffset: 20, headingHeight: 10, tableHeaderHeight: 10 };

describe('packGroups', () => {
  it('fills sheets up to capacity, splitting groups and marking continuations', () => {
    const groups = [
      { key: 'a', heading: 'A', rows: [1, 2, 3, 4, 5] },
      { key: 'b', heading: 'B', rows: [6, 7] },
    ];
    const sheets = packGroups(groups, () => 20, o);
    // Sheet 1: offset 20 + heading/header 20 + 3 rows = 100.
    expect(sheets[0]!.map((s) => [s.group.key, s.rows, s.continued])).toEqual([['a', [1, 2, 3], false]]);
    expect(sheets[1]!.map((s) => [s.group.key, s.rows, s.continued])).toEqual([['a', [4, 5], true], ['b', [6], false]]);
    expect(sheets[2]!.map((s) => [s.group.key, s.rows, s.continued])).toEqual([['b', [7], true]]);
    expect(sheets.flat().flatMap((s) => s.rows)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('never loops on rows taller than a sheet and returns nothing for no rows', () => {
    expect(packGroups([{ key: 'a', heading: null, rows: [1, 2] }], () => 1000, o)).toHaveLength(2);
    expect(packGroups([], () => 1, o)).toEqual([]);
  });

  it('counts wrapped lines', () => {
    expect(lines(0, 40)).toBe(1);
    expect(lines(81, 40)).toBe(3);
  });
});
