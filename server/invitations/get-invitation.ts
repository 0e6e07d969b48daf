import 'server-only';
import { requireActor, type Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { findInvitationByToken, type InvitationLookup } from './find-invitation';

/**
 * What the invitation page shows a signed-in user holding the link. The token is the
 * capability; without it nothing about the workspace is revealed.
 */
export async function getInvitation(
  actorOrNull: Actor | null,
  token: string,
): Promise<InvitationLookup & { alreadyMember: boolean; wrongEmail: boolean }> {
  const actor = requireActor(actorOrNull);
  const db = getDb();
  const inv = await findInvitationByToken(db, token);
  if (!inv) throw new NotFoundError('Invitation');
  const member = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: inv.workspaceId, userId: actor.userId } },
    select: { id: true },
  });
  return {
    ...inv,
    alreadyMember: Boolean(member),
    wrongEmail: Boolean(inv.email && inv.email !== actor.email.toLowerCase()),
  };
}
