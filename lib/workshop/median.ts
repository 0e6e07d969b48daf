// Revealing a vote round applies the median of the participants' ratings to the threat.

/**
 * The median of integer ratings, itself an integer on the same scale. With an even count the two
 * middle values are averaged and a half is rounded up: [2, 3] → 3, [2, 4] → 3, [1, 2] → 2.
 * Rounding up on a tie overstates rather than understates a risk, which is the safer error when
 * a team is split. Null when nobody voted.
 */
export function medianRating(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return Math.ceil((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export interface RatingVote {
  likelihood: number;
  impact: number;
}

/** The ratings a reveal applies: the median likelihood and the median impact, taken separately. */
export function tallyVotes(votes: readonly RatingVote[]): { likelihood: number; impact: number; voteCount: number } | null {
  const likelihood = medianRating(votes.map((v) => v.likelihood));
  const impact = medianRating(votes.map((v) => v.impact));
  if (likelihood === null || impact === null) return null;
  return { likelihood, impact, voteCount: votes.length };
}
