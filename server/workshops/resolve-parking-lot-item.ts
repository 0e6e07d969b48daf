import 'server-only';
import type { z } from 'zod';
import type { resolveParkingLotItemSchema } from '@/lib/workshop/schemas';
import { requireModelRole } from '../access';
import { requireActor, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, staleVersion } from '../errors';

/** Marks a parked question resolved, or reopens it (also after its workshop ended). */
export async function resolveParkingLotItem(
  actor: Actor | null,
  input: z.output<typeof resolveParkingLotItemSchema>,
): Promise<{ resolved: boolean; version: number }> {
  requireActor(actor);
  return getDb().$transaction(async (tx) => {
    const item = await tx.parkingLotItem.findUnique({ where: { id: input.itemId }, select: { modelId: true, workshopId: true, resolvedAt: true, version: true } });
    if (!item) throw new NotFoundError('Question');
    const access = await requireModelRole(tx, actor, item.modelId, 'EDITOR');
    if ((item.resolvedAt !== null) === input.resolved) return { resolved: input.resolved, version: item.version };
    const { count } = await tx.parkingLotItem.updateMany({
      where: { id: input.itemId, version: input.version },
      data: { resolvedAt: input.resolved ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion('This question', { resolved: item.resolvedAt !== null, version: item.version });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: input.resolved ? 'parking-lot.resolve' : 'parking-lot.reopen',
      entityType: 'parking-lot-item',
      entityId: input.itemId,
      before: { resolved: item.resolvedAt !== null },
      after: { resolved: input.resolved },
      live: { modelId: item.modelId, type: 'workshop.parking', data: { workshopId: item.workshopId, itemId: input.itemId } },
    });
    return { resolved: input.resolved, version: input.version + 1 };
  });
}
