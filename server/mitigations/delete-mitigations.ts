import 'server-only';
import type { z } from 'zod';
import type { deleteMitigationsSchema } from '@/lib/domain/mitigation';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { recordModelEvent } from '../realtime/record-event';
import { getDb } from '../db';
import { NotFoundError } from '../errors';

export async function deleteMitigations(actor: Actor | null, input: z.output<typeof deleteMitigationsSchema>): Promise<{ deleted: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireWorkspaceRole(tx, actor, input.workspaceId, 'EDITOR');
    const ids = [...new Set(input.mitigationIds)];
    const rows = await tx.mitigation.findMany({
      where: { id: { in: ids }, model: { workspaceId: input.workspaceId } },
      select: { id: true, title: true, status: true, modelId: true, threats: { select: { threatId: true } } },
    });
    if (rows.length !== ids.length) throw new NotFoundError('Mitigation');
    await tx.mitigation.deleteMany({ where: { id: { in: ids } } });
    await writeAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: access.actor.userId,
      action: 'mitigation.delete',
      entityType: 'workspace',
      entityId: input.workspaceId,
      before: { mitigations: rows.map((r) => ({ id: r.id, title: r.title, status: r.status, modelId: r.modelId, threatIds: r.threats.map((t) => t.threatId) })) },
    });
    // The mitigations may belong to several models: each model's live feed hears about its own.
    for (const modelId of [...new Set(rows.map((r) => r.modelId))].sort()) {
      const mine = rows.filter((r) => r.modelId === modelId).map((r) => r.id);
      await recordModelEvent(tx, { modelId, type: 'mitigation.delete', actorId: access.actor.userId, entityType: 'mitigation', entityId: null, data: { mitigationIds: mine } });
    }
    return { deleted: rows.length };
  });
}
