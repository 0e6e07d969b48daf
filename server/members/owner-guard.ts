import 'server-only';
import type { Tx } from '../db';
import { ConflictError } from '../errors';

/** A workspace must keep at least one owner, or nobody could manage it again. */
export async function assertAnotherOwner(tx: Tx, workspaceId: string, exceptMembershipId: string): Promise<void> {
  const others = await tx.membership.count({
    where: { workspaceId, role: 'OWNER', id: { not: exceptMembershipId } },
  });
  if (others === 0) {
    throw new ConflictError('A workspace needs at least one owner. Make someone else an owner first.');
  }
}
