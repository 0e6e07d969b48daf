import 'server-only';
import type { z } from 'zod';
import type { changeMemberRoleSchema } from '@/lib/domain/workspace';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, staleVersion } from '../errors';
import { assertAnotherOwner } from './owner-guard';

export async function changeMemberRole(
  actor: Actor | null,
  input: z.output<typeof changeMemberRoleSchema>,
): Promise<{ role: string; version: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireWorkspaceRole(tx, actor, input.workspaceId, 'OWNER');
    const member = await tx.membership.findFirst({
      where: { id: input.membershipId, workspaceId: input.workspaceId },
      select: { id: true, role: true, version: true, userId: true },
    });
    if (!member) throw new NotFoundError('Member');
    if (member.role === input.role) return { role: member.role, version: member.version };
    if (member.role === 'OWNER') await assertAnotherOwner(tx, input.workspaceId, member.id);
    const { count } = await tx.membership.updateMany({
      where: { id: member.id, version: input.version },
      data: { role: input.role, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion("This member's role", { role: member.role, version: member.version });
    await writeAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: access.actor.userId,
      action: 'membership.update',
      entityType: 'membership',
      entityId: member.id,
      before: { userId: member.userId, role: member.role },
      after: { userId: member.userId, role: input.role },
    });
    return { role: input.role, version: input.version + 1 };
  });
}
