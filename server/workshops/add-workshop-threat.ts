import 'server-only';
import type { z } from 'zod';
import { threatById } from '@/lib/catalogue';
import type { addWorkshopThreatSchema } from '@/lib/workshop/schemas';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, ValidationError } from '../errors';
import { catalogueThreatData } from '../threats/catalogue-data';
import { recordThreatStatus } from '../threats/status-history';
import { targetNames } from '../threats/target-names';
import { requireWorkshop } from './workshop-access';

/**
 * Adds a threat during a workshop, from the catalogue or written by the team: like createThreat,
 * but with source "workshop" (the catalogue id is kept) and recorded as a decision of the workshop.
 */
export async function addWorkshopThreat(actor: Actor | null, input: z.output<typeof addWorkshopThreatSchema>): Promise<{ id: string }> {
  const entry = input.catalogueId ? threatById(input.catalogueId) : undefined;
  if (input.catalogueId && !entry) throw new ValidationError('Unknown catalogue threat.', { catalogueId: ['Choose a threat from the catalogue.'] });
  return getDb().$transaction(async (tx) => {
    const { workshop, access } = await requireWorkshop(tx, actor, input.workshopId, 'EDITOR', { active: true, lock: true });
    const names = await targetNames(tx, workshop.modelId);
    const target = input.target.type === 'model' ? null : names.get(input.target.id);
    if (input.target.type !== 'model' && target?.type !== input.target.type) throw new NotFoundError(input.target.type === 'flow' ? 'Flow' : 'Element');
    const targetId = input.target.type === 'model' ? null : input.target.id;
    const threat = await tx.threat.create({
      data: {
        modelId: workshop.modelId,
        ...(entry ? catalogueThreatData(entry) : {}),
        elementId: input.target.type === 'element' ? targetId : null,
        flowId: input.target.type === 'flow' ? targetId : null,
        source: 'workshop',
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.likelihood !== undefined ? { likelihood: input.likelihood } : {}),
        ...(input.impact !== undefined ? { impact: input.impact } : {}),
        title: input.title || entry?.title || 'Untitled threat',
      },
      select: { id: true, title: true, source: true, likelihood: true, impact: true, status: true },
    });
    await recordThreatStatus(tx, access.actor.userId, [{ threatId: threat.id, from: null, to: threat.status }]);
    await tx.workshopDecision.create({
      data: { workshopId: workshop.id, authorId: access.actor.userId, text: `Added threat “${threat.title}” on ${target ? target.name : 'the whole model'}.` },
    });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'threat.create',
      entityType: 'threat',
      entityId: threat.id,
      after: { ...threat, target: input.target, catalogueId: entry?.id ?? null, workshopId: workshop.id },
      live: { modelId: workshop.modelId },
    });
    return { id: threat.id };
  });
}
