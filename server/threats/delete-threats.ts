import 'server-only';
import type { z } from 'zod';
import type { deleteThreatsSchema } from '@/lib/domain/threat';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError } from '../errors';

/**
 * Deletes threats (editors). A suggestion that became one of them goes back to open, so the
 * rule's finding is not lost with it.
 */
export async function deleteThreats(actor: Actor | null, input: z.output<typeof deleteThreatsSchema>): Promise<{ deleted: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    const ids = [...new Set(input.threatIds)];
    const rows = await tx.threat.findMany({ where: { modelId: input.modelId, id: { in: ids } }, select: { id: true, title: true, status: true, source: true } });
    if (rows.length !== ids.length) throw new NotFoundError('Threat');
    await tx.suggestion.updateMany({
      where: { modelId: input.modelId, acceptedThreatId: { in: ids } },
      data: { status: 'open', acceptedThreatId: null, decidedById: null, decidedAt: null, version: { increment: 1 } },
    });
    await tx.threat.deleteMany({ where: { id: { in: ids } } });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: input.modelId },
      actorId: access.actor.userId,
      action: 'threat.delete',
      entityType: 'model',
      entityId: input.modelId,
      before: { threats: rows },
    });
    return { deleted: rows.length };
  });
}
