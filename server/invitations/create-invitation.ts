import 'server-only';
import type { z } from 'zod';
import { INVITATION_TTL_DAYS, type createInvitationSchema } from '@/lib/domain/workspace';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ConflictError } from '../errors';
import { newToken, sha256 } from '../ids';

/**
 * Owners invite by link (optionally bound to one email address). Only the token's hash is
 * stored: the link is shown once, to the owner who created it.
 */
export async function createInvitation(
  actor: Actor | null,
  input: z.output<typeof createInvitationSchema>,
): Promise<{ id: string; token: string; path: string; expiresAt: Date }> {
  // The schema lower-cases emails; normalise again so direct callers cannot create an unmatchable invitation.
  const email = input.email ? input.email.trim().toLowerCase() : null;
  return getDb().$transaction(async (tx) => {
    const access = await requireWorkspaceRole(tx, actor, input.workspaceId, 'OWNER');
    if (email) {
      const existing = await tx.membership.findFirst({
        where: { workspaceId: input.workspaceId, user: { email } },
        select: { id: true },
      });
      if (existing) throw new ConflictError(`${email} is already a member of this workspace.`);
    }
    const token = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
    const inv = await tx.invitation.create({
      data: {
        workspaceId: input.workspaceId,
        email,
        role: input.role,
        tokenHash: sha256(token),
        invitedById: access.actor.userId,
        expiresAt,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: access.actor.userId,
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: inv.id,
      after: { email, role: input.role, expiresAt },
    });
    return { id: inv.id, token, path: `/invite/${token}`, expiresAt };
  });
}
