import 'server-only';
import type { z } from 'zod';
import type { unlinkMitigationSchema } from '@/lib/domain/mitigation';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError } from '../errors';

export async function unlinkMitigation(actor: Actor | null, input: z.output<typeof unlinkMitigationSchema>): Promise<{ unlinked: true }> {
  return getDb().$transaction(async (tx) => {
    const threat = await tx.threat.findUnique({ where: { id: input.threatId }, select: { modelId: true } });
    if (!threat) throw new NotFoundError('Threat');
    const access = await requireModelRole(tx, actor, threat.modelId, 'EDITOR');
    const { count } = await tx.threatMitigation.deleteMany({ where: { threatId: input.threatId, mitigationId: input.mitigationId } });
    if (count === 0) throw new NotFoundError('Link');
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: threat.modelId },
      actorId: access.actor.userId,
      action: 'mitigation.unlink',
      entityType: 'mitigation',
      entityId: input.mitigationId,
      before: { threatId: input.threatId },
    });
    return { unlinked: true };
  });
}
