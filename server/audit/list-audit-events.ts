import 'server-only';
import type { z } from 'zod';
import type { auditQuerySchema } from '@/lib/domain/workspace';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';

export interface AuditRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

/** Owners read the workspace's audit log, newest first, a page at a time. */
export async function listAuditEvents(
  actor: Actor | null,
  input: z.output<typeof auditQuerySchema>,
): Promise<{ events: AuditRow[]; nextCursor: string | null }> {
  const db = getDb();
  await requireWorkspaceRole(db, actor, input.workspaceId, 'OWNER');
  const rows = await db.auditEvent.findMany({
    where: { workspaceId: input.workspaceId },
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return {
    events: page.map((r) => ({
      id: r.id,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      actor: r.actor ? (r.actor.name ? `${r.actor.name} <${r.actor.email}>` : r.actor.email) : null,
      before: r.before,
      after: r.after,
      createdAt: r.createdAt,
    })),
    nextCursor: rows.length > input.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
