import 'server-only';
import type { z } from 'zod';
import type { revokeInvitationSchema } from '@/lib/domain/workspace';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError } from '../errors';

export async function revokeInvitation(
  actor: Actor | null,
  input: z.output<typeof revokeInvitationSchema>,
): Promise<{ revoked: true }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireWorkspaceRole(tx, actor, input.workspaceId, 'OWNER');
    const { count } = await tx.invitation.updateMany({
      where: { id: input.invitationId, workspaceId: input.workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError('Pending invitation');
    await writeAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: access.actor.userId,
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: input.invitationId,
    });
    return { revoked: true };
  });
}
