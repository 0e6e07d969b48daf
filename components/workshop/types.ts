import type { Serialized } from '@/lib/dto/serialized';
import type { SuggestionRow, ThreatRow } from '@/lib/dto/threats';
import type { ModelDiff } from '@/lib/workshop/diff';
import type { CommentRow, SnapshotListItem, WorkshopDetail, WorkshopListItem } from '@/lib/workshop/types';

// The workshop DTOs as the browser receives them (dates as ISO strings).

export type WorkshopView = Serialized<WorkshopDetail>;
export type VoteRoundView = WorkshopView['votes'][number];
export type WorkshopListView = Serialized<WorkshopListItem>;
export type SnapshotView = Serialized<SnapshotListItem>;
export type CommentView = Serialized<CommentRow>;
export type ThreatView = Serialized<ThreatRow>;
export type SuggestionView = Serialized<SuggestionRow>;

export interface ChangesView {
  since: { id: string; createdAt: string } | null;
  diff: ModelDiff;
}
