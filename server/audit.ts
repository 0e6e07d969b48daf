import 'server-only';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from './db';
import { recordModelEvent } from './realtime/record-event';

export interface AuditInput {
  workspaceId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /**
   * The change belongs to a model: also publish it on the model's live feed (same transaction),
   * so everyone with the model open sees it. `data` is what they receive (default: the changed
   * field names); never put anything there a viewer of the model may not see.
   */
  live?: { modelId: string; type?: string; clientId?: string | null; graphRevision?: number; data?: unknown };
}

/** Appends an audit event inside the caller's transaction, so a change and its record commit together. */
export async function writeAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: event.workspaceId,
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toJson(event.before),
      after: toJson(event.after),
    },
  });
  if (event.live) {
    const fields = event.after && typeof event.after === 'object' && !Array.isArray(event.after) ? Object.keys(event.after) : [];
    await recordModelEvent(tx, {
      modelId: event.live.modelId,
      type: event.live.type ?? event.action,
      actorId: event.actorId,
      clientId: event.live.clientId,
      entityType: event.entityType,
      entityId: event.entityId,
      graphRevision: event.live.graphRevision,
      data: event.live.data ?? { fields },
    });
  }
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other objects become plain JSON, exactly as they would be shown.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
