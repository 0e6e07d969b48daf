import 'server-only';
import type { z } from 'zod';
import type { deleteCommentSchema } from '@/lib/domain/comment';
import { requireModelRole } from '../access';
import { requireActor, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ForbiddenError, NotFoundError } from '../errors';

/** Deletes one's own comment (kept as a deleted row, so the audit trail still makes sense). */
export async function deleteComment(actor: Actor | null, input: z.output<typeof deleteCommentSchema>): Promise<{ deleted: true }> {
  requireActor(actor);
  return getDb().$transaction(async (tx) => {
    const comment = await tx.comment.findFirst({ where: { id: input.commentId, deletedAt: null }, select: { modelId: true, threatId: true, authorId: true } });
    if (!comment) throw new NotFoundError('Comment');
    const access = await requireModelRole(tx, actor, comment.modelId, 'EDITOR');
    if (comment.authorId !== access.actor.userId) throw new ForbiddenError('You can only delete your own comments.');
    await tx.comment.update({ where: { id: input.commentId }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'comment.delete',
      entityType: 'comment',
      entityId: input.commentId,
      after: { threatId: comment.threatId },
      live: { modelId: comment.modelId, type: 'comment.delete', data: { threatId: comment.threatId } },
    });
    return { deleted: true };
  });
}
