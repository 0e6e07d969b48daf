import 'server-only';
import type { z } from 'zod';
import type { linkMitigationSchema } from '@/lib/domain/mitigation';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError } from '../errors';

/** Links a mitigation to a threat of the same model, or updates how much it reduces the risk. */
export async function linkMitigation(actor: Actor | null, input: z.output<typeof linkMitigationSchema>): Promise<{ linked: true }> {
  return getDb().$transaction(async (tx) => {
    const threat = await tx.threat.findUnique({ where: { id: input.threatId }, select: { modelId: true } });
    if (!threat) throw new NotFoundError('Threat');
    const access = await requireModelRole(tx, actor, threat.modelId, 'EDITOR');
    const mitigation = await tx.mitigation.findFirst({ where: { id: input.mitigationId, modelId: threat.modelId }, select: { id: true } });
    if (!mitigation) throw new NotFoundError('Mitigation');
    const key = { threatId_mitigationId: { threatId: input.threatId, mitigationId: input.mitigationId } };
    const before = await tx.threatMitigation.findUnique({ where: key });
    const effect = { likelihoodReduction: input.likelihoodReduction, impactReduction: input.impactReduction };
    await tx.threatMitigation.upsert({ where: key, create: { threatId: input.threatId, mitigationId: input.mitigationId, ...effect }, update: effect });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: threat.modelId },
      actorId: access.actor.userId,
      action: before ? 'mitigation.link_update' : 'mitigation.link',
      entityType: 'mitigation',
      entityId: input.mitigationId,
      before: before ? { threatId: input.threatId, likelihoodReduction: before.likelihoodReduction, impactReduction: before.impactReduction } : undefined,
      after: { threatId: input.threatId, ...effect },
    });
    return { linked: true };
  });
}
