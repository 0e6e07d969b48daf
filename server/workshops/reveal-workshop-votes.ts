import 'server-only';
import type { z } from 'zod';
import { tallyVotes } from '@/lib/workshop/median';
import type { revealVotesSchema } from '@/lib/workshop/schemas';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ConflictError, NotFoundError } from '../errors';
import { requireWorkshop } from './workshop-access';

const rating = (from: number, to: number) => (from === to ? `${to} (unchanged)` : `${from} → ${to}`);

/**
 * The facilitator (or an owner) reveals a threat's votes: the medians (lib/workshop/median.ts)
 * become the threat's likelihood and impact, audited like any threat edit; the round and a
 * decision are recorded, and from now on everyone sees the individual votes.
 */
export async function revealWorkshopVotes(
  actor: Actor | null,
  input: z.output<typeof revealVotesSchema>,
): Promise<{ likelihood: number; impact: number; voteCount: number }> {
  return getDb().$transaction(async (tx) => {
    const { workshop, access } = await requireWorkshop(tx, actor, input.workshopId, 'FACILITATOR', { active: true, lock: true });
    const threat = await tx.threat.findFirst({
      where: { id: input.threatId, modelId: workshop.modelId },
      select: { id: true, title: true, likelihood: true, impact: true },
    });
    if (!threat) throw new NotFoundError('Threat');
    const key = { workshopId: workshop.id, threatId: threat.id };
    if (await tx.workshopReveal.findUnique({ where: { workshopId_threatId: key }, select: { threatId: true } })) {
      throw new ConflictError('These votes have already been revealed.');
    }
    const votes = await tx.workshopVote.findMany({ where: key, select: { likelihood: true, impact: true } });
    const result = tallyVotes(votes);
    if (!result) throw new ConflictError('Nobody has voted on this threat yet.');
    await tx.threat.update({ where: { id: threat.id }, data: { likelihood: result.likelihood, impact: result.impact, version: { increment: 1 } } });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'threat.update',
      entityType: 'threat',
      entityId: threat.id,
      before: { likelihood: threat.likelihood, impact: threat.impact },
      after: { likelihood: result.likelihood, impact: result.impact, workshopId: workshop.id },
      live: { modelId: workshop.modelId },
    });
    await tx.workshopReveal.create({ data: { ...key, ...result } });
    await tx.workshopDecision.create({
      data: {
        workshopId: workshop.id,
        authorId: access.actor.userId,
        text: `“${threat.title}”: likelihood ${rating(threat.likelihood, result.likelihood)}, impact ${rating(threat.impact, result.impact)} (median of ${result.voteCount} vote${result.voteCount === 1 ? '' : 's'}).`,
      },
    });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'workshop.reveal',
      entityType: 'workshop',
      entityId: workshop.id,
      after: { threatId: threat.id, ...result },
      live: { modelId: workshop.modelId, type: 'workshop.reveal', data: { workshopId: workshop.id, threatId: threat.id, ...result } },
    });
    return result;
  });
}
