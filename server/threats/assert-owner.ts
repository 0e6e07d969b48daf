import 'server-only';
import type { Tx } from '../db';
import { ValidationError } from '../errors';

/** Owners of threats (and mitigations) must be members of the workspace. */
export async function assertWorkspaceMember(tx: Tx, workspaceId: string, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true } });
  if (!member) throw new ValidationError('The owner must be a member of this workspace.', { ownerId: ['Choose a member of this workspace.'] });
}
