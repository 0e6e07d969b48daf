import 'server-only';
import type { z } from 'zod';
import type { removeMemberSchema } from '@/lib/domain/workspace';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { assertAnotherOwner } from './owner-guard';

/** Owners remove anyone; any member may remove themselves (leave). The last owner cannot go. */
export async function removeMember(
  actor: Actor | null,
  input: z.output<typeof removeMemberSchema>,
): Promise<{ removed: true; self: boolean }> {
  return getDb().$transaction(async (tx) => {
    const viewer = await requireWorkspaceRole(tx, actor, input.workspaceId, 'VIEWER');
    const member = await tx.membership.findFirst({
      where: { id: input.membershipId, workspaceId: input.workspaceId },
      select: { id: true, role: true, userId: true },
    });
    if (!member) throw new NotFoundError('Member');
    const self = member.userId === viewer.actor.userId;
    if (!self) await requireWorkspaceRole(tx, actor, input.workspaceId, 'OWNER');
    if (member.role === 'OWNER') await assertAnotherOwner(tx, input.workspaceId, member.id);
    await tx.membership.delete({ where: { id: member.id } });
    await writeAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: viewer.actor.userId,
      action: self ? 'membership.leave' : 'membership.delete',
      entityType: 'membership',
      entityId: member.id,
      before: { userId: member.userId, role: member.role },
    });
    return { removed: true, self };
  });
}
