import 'server-only';
import type { z } from 'zod';
import type { updateModelSchema } from '@/lib/domain/model';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { staleVersion } from '../errors';

/** Rename and/or describe a model. Optimistic: a stale `version` is a 409 with the current values. */
export async function updateModel(
  actor: Actor | null,
  input: z.output<typeof updateModelSchema>,
): Promise<{ id: string; name: string; description: string; version: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    const before = await tx.threatModel.findUniqueOrThrow({
      where: { id: input.modelId },
      select: { name: true, description: true, version: true },
    });
    const data = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
    };
    const { count } = await tx.threatModel.updateMany({
      where: { id: input.modelId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion('This threat model', before);
    const after = { name: data.name ?? before.name, description: data.description ?? before.description };
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: input.modelId },
      actorId: access.actor.userId,
      action: 'model.update',
      entityType: 'model',
      entityId: input.modelId,
      before: { name: before.name, description: before.description },
      after,
    });
    return { id: input.modelId, ...after, version: input.version + 1 };
  });
}
