import 'server-only';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from '../db';
import { FEED_RETENTION, type FeedRetention } from './limits';

export interface ModelEventInput {
  modelId: string;
  type: string;
  actorId: string | null;
  clientId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  graphRevision?: number | null;
  /** Client-safe payload: everyone who can read the model receives it. */
  data?: unknown;
}

/**
 * Appends a change to the model's live feed inside the caller's transaction. The model row's
 * `eventSeq` is bumped first: that row lock orders concurrent changes of one model, so numbers
 * commit in order with no gaps, and a rolled-back change leaves no number behind. The insert
 * trigger NOTIFYs every app instance once the transaction commits. Every `retention.every`
 * changes, the part of the feed older than `retention.keep` changes is deleted.
 */
export async function recordModelEvent(tx: Tx, e: ModelEventInput, retention: FeedRetention = FEED_RETENTION): Promise<number> {
  const { eventSeq } = await tx.threatModel.update({ where: { id: e.modelId }, data: { eventSeq: { increment: 1 } }, select: { eventSeq: true } });
  await tx.modelEvent.create({
    data: {
      modelId: e.modelId,
      seq: eventSeq,
      type: e.type,
      actorId: e.actorId,
      clientId: e.clientId ?? null,
      entityType: e.entityType ?? null,
      entityId: e.entityId ?? null,
      graphRevision: e.graphRevision ?? null,
      data: e.data === undefined ? undefined : (JSON.parse(JSON.stringify(e.data)) as Prisma.InputJsonValue),
    },
  });
  if (eventSeq % retention.every === 0 && eventSeq > retention.keep) {
    await tx.modelEvent.deleteMany({ where: { modelId: e.modelId, seq: { lte: eventSeq - retention.keep } } });
  }
  return eventSeq;
}
