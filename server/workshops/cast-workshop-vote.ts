import 'server-only';
import type { z } from 'zod';
import type { castVoteSchema } from '@/lib/workshop/schemas';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ConflictError, NotFoundError } from '../errors';
import { requireWorkshop } from './workshop-access';

/**
 * A participant's estimate of a threat's likelihood and impact (editors: a vote is a
 * contribution). Hidden from everyone else until the facilitator reveals; changeable until then.
 * Neither the audit trail nor the live feed carries the values, only that this user voted.
 */
export async function castWorkshopVote(actor: Actor | null, input: z.output<typeof castVoteSchema>): Promise<{ voted: true }> {
  return getDb().$transaction(async (tx) => {
    const { workshop, access } = await requireWorkshop(tx, actor, input.workshopId, 'EDITOR', { active: true, lock: true });
    const threat = await tx.threat.findFirst({ where: { id: input.threatId, modelId: workshop.modelId }, select: { id: true } });
    if (!threat) throw new NotFoundError('Threat');
    const revealed = await tx.workshopReveal.findUnique({ where: { workshopId_threatId: { workshopId: workshop.id, threatId: threat.id } }, select: { threatId: true } });
    if (revealed) throw new ConflictError('The votes on this threat have been revealed; voting on it is closed.');
    const key = { workshopId: workshop.id, threatId: threat.id, userId: access.actor.userId };
    const existing = await tx.workshopVote.findUnique({ where: { workshopId_threatId_userId: key }, select: { likelihood: true } });
    await tx.workshopVote.upsert({
      where: { workshopId_threatId_userId: key },
      create: { ...key, likelihood: input.likelihood, impact: input.impact },
      update: { likelihood: input.likelihood, impact: input.impact },
    });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: existing ? 'workshop.vote.change' : 'workshop.vote',
      entityType: 'workshop',
      entityId: workshop.id,
      // Never the values: owners read the audit log, and the vote is secret until revealed.
      after: { threatId: threat.id },
      live: { modelId: workshop.modelId, type: 'workshop.vote', data: { workshopId: workshop.id, threatId: threat.id } },
    });
    return { voted: true };
  });
}
