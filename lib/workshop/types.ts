import type { ModelDocument } from '../exchange/model-document';
import type { AgendaMode, AgendaStage } from './agenda';
import type { WorkshopSummary } from './summary';

// What the data-access layer returns for workshops, snapshots and comments (Dates become strings
// in the browser: see lib/dto/serialized.ts).

export const workshopStatuses = ['active', 'ended'] as const;
export type WorkshopStatus = (typeof workshopStatuses)[number];

export interface WorkshopPerson {
  id: string;
  name: string;
}

export interface RevealedVote {
  user: WorkshopPerson;
  likelihood: number;
  impact: number;
}

/**
 * One threat's vote round as the asking user may see it: before the reveal only who voted and
 * their own vote; after it every vote and the medians applied.
 */
export interface VoteRound {
  threatId: string;
  voters: WorkshopPerson[];
  mine: { likelihood: number; impact: number } | null;
  reveal: { likelihood: number; impact: number; voteCount: number; revealedAt: Date; votes: RevealedVote[] } | null;
}

export interface ParkingLotEntry {
  id: string;
  text: string;
  author: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  version: number;
  /** Parked in an earlier workshop and still open. */
  earlier: boolean;
}

export interface DecisionEntry {
  id: string;
  text: string;
  author: string | null;
  createdAt: Date;
}

export interface WorkshopDetail {
  id: string;
  modelId: string;
  title: string;
  status: WorkshopStatus;
  agendaMode: AgendaMode;
  agenda: AgendaStage[];
  currentIndex: number;
  stageStartedAt: Date;
  timeboxMinutes: number;
  facilitator: WorkshopPerson | null;
  startedAt: Date;
  endedAt: Date | null;
  snapshotId: string | null;
  baselineSnapshotId: string | null;
  attendees: (WorkshopPerson & { joinedAt: Date })[];
  votes: VoteRound[];
  parkingLot: ParkingLotEntry[];
  decisions: DecisionEntry[];
  /** What the asking user may do here. */
  you: { id: string; canEdit: boolean; canVote: boolean; canFacilitate: boolean };
  /** The server's clock when this was read, so browsers can correct their own for the timer. */
  serverNow: Date;
}

export interface WorkshopListItem {
  id: string;
  title: string;
  status: WorkshopStatus;
  startedAt: Date;
  endedAt: Date | null;
  facilitator: string | null;
  snapshotId: string | null;
  summary: WorkshopSummary | null;
}

export interface SnapshotListItem {
  id: string;
  name: string;
  /** workshop (taken when a workshop ends) | baseline (taken when a workshop starts with no earlier snapshot) | manual */
  kind: string;
  /** The diagram revision it froze. */
  seq: number;
  createdAt: Date;
  createdBy: string | null;
  workshop: { id: string; title: string } | null;
  summary: WorkshopSummary | null;
}

export interface SnapshotDetail extends SnapshotListItem {
  modelId: string;
  document: ModelDocument;
}

export interface CommentRow {
  id: string;
  threatId: string;
  body: string;
  author: WorkshopPerson | null;
  createdAt: Date;
}
