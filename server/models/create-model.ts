import 'server-only';
import type { z } from 'zod';
import type { createModelSchema } from '@/lib/domain/model';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { insertGraph } from '../canvas/insert-graph';
import { analyseModel } from '../suggestions/run-model-rules';
import { ValidationError } from '../errors';
import { templates } from '@/lib/templates';
import { getDb } from '../db';

export async function createModel(
  actor: Actor | null,
  input: z.output<typeof createModelSchema>,
): Promise<{ id: string; name: string }> {
  const template = input.templateId ? templates.find((t) => t.id === input.templateId) : undefined;
  if (input.templateId && !template) throw new ValidationError('Unknown template.', { templateId: ['Choose one of the listed templates.'] });
  return getDb().$transaction(async (tx) => {
    const access = await requireWorkspaceRole(tx, actor, input.workspaceId, 'EDITOR');
    const model = await tx.threatModel.create({
      data: {
        workspaceId: input.workspaceId,
        name: input.name,
        description: input.description,
        createdById: access.actor.userId,
      },
      select: { id: true, name: true, description: true },
    });
    const counts = template ? await insertGraph(tx, model.id, template.build()) : undefined;
    // A template arrives analysed: its suggestions are waiting on the Threats tab.
    const analysis = template ? await analyseModel(tx, model.id) : undefined;
    await writeAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: access.actor.userId,
      action: 'model.create',
      entityType: 'model',
      entityId: model.id,
      after: { name: model.name, description: model.description, ...(template ? { template: template.id, counts, suggestions: analysis?.added } : {}) },
    });
    return { id: model.id, name: model.name };
  });
}
