import 'server-only';
import type { z } from 'zod';
import type { addCommentSchema } from '@/lib/domain/comment';
import { requireModelRole } from '../access';
import { requireActor, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError } from '../errors';

/** Comments on a threat (editors: a comment is a contribution, like any other change). */
export async function addComment(actor: Actor | null, input: z.output<typeof addCommentSchema>): Promise<{ id: string }> {
  requireActor(actor);
  return getDb().$transaction(async (tx) => {
    const threat = await tx.threat.findUnique({ where: { id: input.threatId }, select: { modelId: true } });
    if (!threat) throw new NotFoundError('Threat');
    const access = await requireModelRole(tx, actor, threat.modelId, 'EDITOR');
    const comment = await tx.comment.create({ data: { modelId: threat.modelId, threatId: input.threatId, authorId: access.actor.userId, body: input.body }, select: { id: true } });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'comment.create',
      entityType: 'comment',
      entityId: comment.id,
      after: { threatId: input.threatId, body: input.body },
      live: { modelId: threat.modelId, type: 'comment.create', data: { threatId: input.threatId } },
    });
    return { id: comment.id };
  });
}
