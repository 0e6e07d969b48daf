import 'server-only';
import { requireActor, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { findInvitationByToken } from './find-invitation';

/** Joins the workspace with the invited role; a link works once. */
export async function acceptInvitation(
  actorOrNull: Actor | null,
  token: string,
): Promise<{ workspaceSlug: string; role: string }> {
  const actor = requireActor(actorOrNull);
  return getDb().$transaction(async (tx) => {
    const inv = await findInvitationByToken(tx, token);
    if (!inv) throw new NotFoundError('Invitation');
    if (inv.state !== 'pending') {
      throw new ConflictError(`This invitation has ${inv.state === 'expired' ? 'expired' : `already been ${inv.state}`}. Ask an owner for a new link.`);
    }
    if (inv.email && inv.email !== actor.email.toLowerCase()) {
      throw new ForbiddenError(`This invitation is for ${inv.email}. Sign in with that address to accept it.`);
    }
    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: inv.workspaceId, userId: actor.userId } },
      select: { id: true },
    });
    if (existing) throw new ConflictError('You are already a member of this workspace.');
    // Claim the invitation first: of two concurrent accepts only one updates the row.
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: actor.userId },
    });
    if (count === 0) throw new ConflictError('This invitation has already been used.');
    const membership = await tx.membership.create({
      data: { workspaceId: inv.workspaceId, userId: actor.userId, role: inv.role },
      select: { id: true },
    });
    await writeAudit(tx, {
      workspaceId: inv.workspaceId,
      actorId: actor.userId,
      action: 'invitation.accept',
      entityType: 'membership',
      entityId: membership.id,
      after: { invitationId: inv.id, userId: actor.userId, role: inv.role },
    });
    return { workspaceSlug: inv.workspaceSlug, role: inv.role };
  });
}
