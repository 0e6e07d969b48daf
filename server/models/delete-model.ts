import 'server-only';
import type { z } from 'zod';
import type { deleteModelSchema } from '@/lib/domain/model';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ValidationError } from '../errors';

/** Deletes a model and everything in it, after the user has typed its name. Editors and owners. */
export async function deleteModel(
  actor: Actor | null,
  input: z.output<typeof deleteModelSchema>,
): Promise<{ deleted: true }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    const model = await tx.threatModel.findUniqueOrThrow({
      where: { id: input.modelId },
      select: {
        name: true,
        description: true,
        _count: { select: { elements: true, flows: true, threats: true, mitigations: true } },
      },
    });
    if (input.confirmName.trim() !== model.name) {
      throw new ValidationError('Type the model name exactly to confirm.', {
        confirmName: [`Type "${model.name}" to confirm.`],
      });
    }
    await tx.threatModel.delete({ where: { id: input.modelId } });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'model.delete',
      entityType: 'model',
      entityId: input.modelId,
      before: { name: model.name, description: model.description, counts: model._count },
    });
    return { deleted: true };
  });
}
