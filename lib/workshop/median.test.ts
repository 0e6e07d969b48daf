import { describe, expect, it } from 'vitest';
import { medianRating, tallyVotes } from './median';

describe('median of ratings', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(medianRating([5])).toBe(5);
    expect(medianRating([4, 1, 3])).toBe(3);
    expect(medianRating([5, 5, 1, 1, 2])).toBe(2);
  });

  it('averages the two middle values of an even count and rounds a half up', () => {
    expect(medianRating([2, 3])).toBe(3);
    expect(medianRating([1, 2])).toBe(2);
    expect(medianRating([4, 5])).toBe(5);
    expect(medianRating([2, 4])).toBe(3);
    expect(medianRating([1, 2, 4, 5])).toBe(3);
    expect(medianRating([1, 1, 2, 5])).toBe(2);
    expect(medianRating([3, 3, 4, 4])).toBe(4);
  });

  it('is null without votes and does not reorder its input', () => {
    expect(medianRating([])).toBeNull();
    const votes = [3, 1, 2];
    medianRating(votes);
    expect(votes).toEqual([3, 1, 2]);
  });

  it('tallies likelihood and impact separately', () => {
    expect(tallyVotes([{ likelihood: 2, impact: 5 }, { likelihood: 4, impact: 4 }])).toEqual({ likelihood: 3, impact: 5, voteCount: 2 });
    expect(tallyVotes([{ likelihood: 1, impact: 1 }, { likelihood: 5, impact: 2 }, { likelihood: 2, impact: 3 }])).toEqual({ likelihood: 2, impact: 2, voteCount: 3 });
    expect(tallyVotes([])).toBeNull();
  });
});
