import 'server-only';
import type { z } from 'zod';
import type { updateMitigationSchema } from '@/lib/domain/mitigation';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, staleVersion } from '../errors';
import { assertWorkspaceMember } from '../threats/assert-owner';
import { planMitigationUpdate, writeHistory } from './apply-mitigation-changes';
import { isoDate } from './history';

/** Edits one mitigation: workflow-checked status, owner, due date, ticket, evidence; 409 when stale. */
export async function updateMitigation(actor: Actor | null, input: z.output<typeof updateMitigationSchema>): Promise<{ id: string; version: number }> {
  return getDb().$transaction(async (tx) => {
    const found = await tx.mitigation.findUnique({ where: { id: input.mitigationId }, select: { modelId: true } });
    if (!found) throw new NotFoundError('Mitigation');
    const access = await requireModelRole(tx, actor, found.modelId, 'EDITOR');
    await assertWorkspaceMember(tx, access.workspaceId, input.changes.ownerId);
    const current = await tx.mitigation.findUniqueOrThrow({ where: { id: input.mitigationId } });
    if (current.version !== input.version) throw staleVersion('This mitigation', { ...current, dueDate: isoDate(current.dueDate) });
    const { data, history } = planMitigationUpdate(current, input.changes);
    const { count } = await tx.mitigation.updateMany({ where: { id: current.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw staleVersion('This mitigation');
    await writeHistory(tx, access.actor.userId, history);
    const keys = Object.keys(data) as (keyof typeof current)[];
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: found.modelId },
      actorId: access.actor.userId,
      action: 'mitigation.update',
      entityType: 'mitigation',
      entityId: current.id,
      before: Object.fromEntries(keys.map((k) => [k, k === 'dueDate' ? isoDate(current.dueDate) : current[k]])),
      after: Object.fromEntries(keys.map((k) => [k, k === 'dueDate' ? (input.changes.dueDate ?? null) : (data as Record<string, unknown>)[k]])),
    });
    return { id: current.id, version: input.version + 1 };
  });
}
