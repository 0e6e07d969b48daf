import 'server-only';
import type { z } from 'zod';
import type { renameWorkspaceSchema } from '@/lib/domain/workspace';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { staleVersion } from '../errors';

/** Owners only. Optimistic: fails with 409 when someone renamed it since `version`. */
export async function renameWorkspace(
  actor: Actor | null,
  input: z.output<typeof renameWorkspaceSchema>,
): Promise<{ name: string; version: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireWorkspaceRole(tx, actor, input.workspaceId, 'OWNER');
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { name: true, version: true },
    });
    const { count } = await tx.workspace.updateMany({
      where: { id: input.workspaceId, version: input.version },
      data: { name: input.name, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion('This workspace', before);
    await writeAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: access.actor.userId,
      action: 'workspace.rename',
      entityType: 'workspace',
      entityId: input.workspaceId,
      before: { name: before.name },
      after: { name: input.name },
    });
    return { name: input.name, version: input.version + 1 };
  });
}
