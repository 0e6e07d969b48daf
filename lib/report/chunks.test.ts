import { describe, expect, it } from 'vitest';
import { chunkBy } from './chunks';

describe('chunkBy', () => {
  it('keeps order and fills runs up to the maximum', () => {
    expect(chunkBy([1, 2, 3, 4, 5], (n) => n, 6)).toEqual([[1, 2, 3], [4], [5]]);
    expect(chunkBy(['a', 'b', 'c'], () => 1, 2)).toEqual([['a', 'b'], ['c']]);
  });

  it('gives an oversized item a run of its own and returns nothing for nothing', () => {
    expect(chunkBy([1, 10, 1], (n) => n, 5)).toEqual([[1], [10], [1]]);
    expect(chunkBy([], () => 1, 5)).toEqual([]);
  });
});
