import 'server-only';

/** A client further behind than this reloads instead of replaying (see the `reset` event). */
export const MAX_CATCH_UP = 5_000;

/**
 * How much of each model's live feed is kept. Older changes are never replayed (a client that far
 * behind reloads), and a canvas save based on a revision whose changes were pruned is answered
 * "reload" instead of being merged; the audit trail keeps the full history. The feed is pruned
 * every `every` changes, so a busy model holds between `keep` and `keep + every` rows.
 */
export interface FeedRetention {
  keep: number;
  every: number;
}

export const FEED_RETENTION: FeedRetention = { keep: MAX_CATCH_UP + 1_000, every: 500 };
