import 'server-only';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from './db';

export interface AuditInput {
  workspaceId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
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
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other objects become plain JSON, exactly as they would be shown.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
