import 'server-only';
import type { z } from 'zod';
import { conflictingFields } from '@/lib/domain/field-merge';
import { mergeableMitigationFields, mitigationFieldLabels, type updateMitigationSchema } from '@/lib/domain/mitigation';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, staleVersion } from '../errors';
import { assertWorkspaceMember } from '../threats/assert-owner';
import { editConflict } from '../threats/edit-conflict';
import { planMitigationUpdate, writeHistory } from './apply-mitigation-changes';
import { isoDate } from './history';

const compared = ['title', 'description', 'controlType', 'status', 'ownerId', 'dueDate', 'ticketUrl', 'evidence', 'evidenceLinks'] as const;
// An empty ticket link is saved as none.
const normalised = <T extends { ticketUrl?: string | null }>(v: T): T => (v.ticketUrl === '' ? { ...v, ticketUrl: null } : v);

/**
 * Edits one mitigation: workflow-checked status, owner, due date, ticket, evidence. A stale
 * `version` with the `base` values the editor saw is merged field by field (see updateThreat);
 * without `base` it is a 409 carrying the current values.
 */
export async function updateMitigation(actor: Actor | null, input: z.output<typeof updateMitigationSchema>): Promise<{ id: string; version: number }> {
  return getDb().$transaction(async (tx) => {
    const found = await tx.mitigation.findUnique({ where: { id: input.mitigationId }, select: { modelId: true } });
    if (!found) throw new NotFoundError('Mitigation');
    const access = await requireModelRole(tx, actor, found.modelId, 'EDITOR');
    await assertWorkspaceMember(tx, access.workspaceId, input.changes.ownerId);
    // Locked, so the merge decision, the workflow check and the write see the same row.
    await tx.$executeRaw`SELECT 1 FROM "Mitigation" WHERE id = ${input.mitigationId} FOR UPDATE`;
    const current = await tx.mitigation.findUniqueOrThrow({ where: { id: input.mitigationId } });
    if (current.version !== input.version) {
      if (!input.base) throw staleVersion('This mitigation', { ...current, dueDate: isoDate(current.dueDate) });
      const values: Record<string, unknown> = Object.fromEntries(compared.map((f) => [f, f === 'dueDate' ? isoDate(current.dueDate) : current[f]]));
      // The rejection reason goes with the status: only the status can clash.
      const clash = conflictingFields(values, normalised(input.changes), normalised(input.base), ['rejectionReason']);
      if (clash.length) {
        throw await editConflict(
          tx,
          { entityType: 'mitigation', entityId: current.id, bulk: { action: 'mitigation.bulk_update', entityType: 'workspace', entityId: access.workspaceId, idsKey: 'mitigationIds' } },
          { what: 'this mitigation', fields: clash, version: current.version, current: values, changes: input.changes, labels: mitigationFieldLabels, mergeable: mergeableMitigationFields },
        );
      }
    }
    const { data, history } = planMitigationUpdate(current, input.changes);
    await tx.mitigation.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } } });
    await writeHistory(tx, access.actor.userId, history);
    const keys = Object.keys(data) as (keyof typeof current)[];
    const after = Object.fromEntries(keys.map((k) => [k, k === 'dueDate' ? (input.changes.dueDate ?? null) : (data as Record<string, unknown>)[k]]));
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      // The new values travel with the event, so open trackers show them before their refresh lands.
      live: { modelId: found.modelId, data: { fields: keys, values: after, version: current.version + 1 } },
      actorId: access.actor.userId,
      action: 'mitigation.update',
      entityType: 'mitigation',
      entityId: current.id,
      before: Object.fromEntries(keys.map((k) => [k, k === 'dueDate' ? isoDate(current.dueDate) : current[k]])),
      after,
    });
    return { id: current.id, version: current.version + 1 };
  });
}
