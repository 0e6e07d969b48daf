import 'server-only';
import type { z } from 'zod';
import type { addWorkshopDecisionSchema } from '@/lib/workshop/schemas';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { requireWorkshop } from './workshop-access';

/** Notes a decision the workshop took (applied votes and added threats are recorded by themselves). */
export async function addWorkshopDecision(actor: Actor | null, input: z.output<typeof addWorkshopDecisionSchema>): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const { workshop, access } = await requireWorkshop(tx, actor, input.workshopId, 'EDITOR', { active: true, lock: true });
    const decision = await tx.workshopDecision.create({ data: { workshopId: workshop.id, authorId: access.actor.userId, text: input.text }, select: { id: true } });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'workshop.decision',
      entityType: 'workshop',
      entityId: workshop.id,
      after: { decisionId: decision.id, text: input.text },
      live: { modelId: workshop.modelId, type: 'workshop.decision', data: { workshopId: workshop.id } },
    });
    return { id: decision.id };
  });
}
