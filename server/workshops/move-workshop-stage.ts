import 'server-only';
import type { z } from 'zod';
import type { moveStageSchema } from '@/lib/workshop/schemas';
import { agendaSchema } from '@/lib/workshop/schemas';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ValidationError } from '../errors';
import { requireWorkshop } from './workshop-access';

/**
 * The facilitator (or an owner) takes everyone to a stage: next, previous or any other. Going to
 * the current stage restarts its timer. The target is absolute, so two clicks on "Next" by two
 * people land on the same stage instead of skipping one.
 */
export async function moveWorkshopStage(actor: Actor | null, input: z.output<typeof moveStageSchema>): Promise<{ index: number; stageStartedAt: Date }> {
  return getDb().$transaction(async (tx) => {
    const { workshop, access } = await requireWorkshop(tx, actor, input.workshopId, 'FACILITATOR', { active: true, lock: true });
    const agenda = agendaSchema.safeParse(workshop.agenda).data ?? [];
    const stage = agenda[input.index];
    if (!stage) throw new ValidationError(`The agenda has ${agenda.length} stages.`, { index: [`Choose a stage from 1 to ${agenda.length}.`] });
    const restart = input.index === workshop.currentIndex;
    const now = new Date();
    await tx.workshop.update({ where: { id: workshop.id }, data: { currentIndex: input.index, stageStartedAt: now, version: { increment: 1 } } });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: restart ? 'workshop.timer' : 'workshop.stage',
      entityType: 'workshop',
      entityId: workshop.id,
      before: { currentIndex: workshop.currentIndex },
      after: { currentIndex: input.index, stage: stage.title },
      live: { modelId: workshop.modelId, type: restart ? 'workshop.timer' : 'workshop.stage', data: { workshopId: workshop.id, index: input.index, title: stage.title } },
    });
    return { index: input.index, stageStartedAt: now };
  });
}
