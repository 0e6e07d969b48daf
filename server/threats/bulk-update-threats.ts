import 'server-only';
import type { z } from 'zod';
import type { bulkUpdateThreatsSchema } from '@/lib/domain/threat';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { assertWorkspaceMember } from './assert-owner';
import { recordThreatStatus } from './status-history';

/** Sets status and/or owner on many threats of one model at once (all or nothing). */
export async function bulkUpdateThreats(actor: Actor | null, input: z.output<typeof bulkUpdateThreatsSchema>): Promise<{ updated: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    await assertWorkspaceMember(tx, access.workspaceId, input.changes.ownerId);
    const ids = [...new Set(input.threatIds)];
    const before = await tx.threat.findMany({ where: { modelId: input.modelId, id: { in: ids } }, select: { id: true, status: true, ownerId: true } });
    if (before.length !== ids.length) throw new NotFoundError('Threat');
    await tx.threat.updateMany({ where: { modelId: input.modelId, id: { in: ids } }, data: { ...input.changes, version: { increment: 1 } } });
    const status = input.changes.status;
    if (status) await recordThreatStatus(tx, access.actor.userId, before.map((t) => ({ threatId: t.id, from: t.status, to: status })));
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      // Open editors of these threats learn what changed under them.
      live: { modelId: input.modelId, data: { threatIds: ids, fields: Object.keys(input.changes) } },
      actorId: access.actor.userId,
      action: 'threat.bulk_update',
      entityType: 'model',
      entityId: input.modelId,
      before: { threats: before },
      after: { threatIds: ids, changes: input.changes },
    });
    return { updated: ids.length };
  });
}
