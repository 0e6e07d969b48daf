import 'server-only';
import type { z } from 'zod';
import type { bulkUpdateMitigationsSchema } from '@/lib/domain/mitigation';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { recordModelEvent } from '../realtime/record-event';
import { getDb } from '../db';
import { NotFoundError, ValidationError } from '../errors';
import { assertWorkspaceMember } from '../threats/assert-owner';
import { planMitigationUpdate, writeHistory } from './apply-mitigation-changes';

/**
 * Status and/or owner for many mitigations across the workspace's models, all or nothing: one
 * move the workflow does not allow refuses the whole batch, naming the mitigations concerned.
 */
export async function bulkUpdateMitigations(actor: Actor | null, input: z.output<typeof bulkUpdateMitigationsSchema>): Promise<{ updated: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireWorkspaceRole(tx, actor, input.workspaceId, 'EDITOR');
    await assertWorkspaceMember(tx, input.workspaceId, input.changes.ownerId);
    const ids = [...new Set(input.mitigationIds)];
    const rows = await tx.mitigation.findMany({ where: { id: { in: ids }, model: { workspaceId: input.workspaceId } } });
    if (rows.length !== ids.length) throw new NotFoundError('Mitigation');
    const refused: string[] = [];
    const plans = rows.flatMap((row) => {
      try {
        return [{ row, plan: planMitigationUpdate(row, input.changes) }];
      } catch (e) {
        if (e instanceof ValidationError) refused.push(`“${row.title}”: ${e.message}`);
        else throw e;
        return [];
      }
    });
    if (refused.length) {
      throw new ValidationError(`${refused.length} of the selected mitigations cannot make this change. ${refused.slice(0, 3).join(' ')}`, { status: refused });
    }
    for (const { row, plan } of plans) {
      if (Object.keys(plan.data).length) await tx.mitigation.update({ where: { id: row.id }, data: { ...plan.data, version: { increment: 1 } } });
      await writeHistory(tx, access.actor.userId, plan.history);
    }
    await writeAudit(tx, {
      workspaceId: input.workspaceId,
      actorId: access.actor.userId,
      action: 'mitigation.bulk_update',
      entityType: 'workspace',
      entityId: input.workspaceId,
      before: { mitigations: rows.map((r) => ({ id: r.id, status: r.status, ownerId: r.ownerId })) },
      after: { mitigationIds: ids, changes: input.changes },
    });
    // The mitigations may belong to several models: each model's live feed hears about its own.
    for (const modelId of [...new Set(rows.map((r) => r.modelId))].sort()) {
      const mine = rows.filter((r) => r.modelId === modelId).map((r) => r.id);
      await recordModelEvent(tx, { modelId, type: 'mitigation.bulk_update', actorId: access.actor.userId, entityType: 'mitigation', entityId: null, data: { mitigationIds: mine } });
    }
    return { updated: rows.length };
  }, { timeout: 60_000 });
}
