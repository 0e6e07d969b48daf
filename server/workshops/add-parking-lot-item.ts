import 'server-only';
import type { z } from 'zod';
import type { addParkingLotItemSchema } from '@/lib/workshop/schemas';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { requireWorkshop } from './workshop-access';

/** Parks an open question during a workshop; it stays with the model until someone resolves it. */
export async function addParkingLotItem(actor: Actor | null, input: z.output<typeof addParkingLotItemSchema>): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const { workshop, access } = await requireWorkshop(tx, actor, input.workshopId, 'EDITOR', { active: true, lock: true });
    const item = await tx.parkingLotItem.create({
      data: { modelId: workshop.modelId, workshopId: workshop.id, text: input.text, authorId: access.actor.userId },
      select: { id: true },
    });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'parking-lot.create',
      entityType: 'parking-lot-item',
      entityId: item.id,
      after: { text: input.text, workshopId: workshop.id },
      live: { modelId: workshop.modelId, type: 'workshop.parking', data: { workshopId: workshop.id, itemId: item.id } },
    });
    return { id: item.id };
  });
}
