import 'server-only';
import type { z } from 'zod';
import { conflictingFields } from '@/lib/domain/field-merge';
import { mergeableThreatFields, threatFieldLabels, type updateThreatSchema } from '@/lib/domain/threat';
import type { Prisma } from '@/prisma/generated/client';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, staleVersion } from '../errors';
import { assertWorkspaceMember } from './assert-owner';
import { editConflict } from './edit-conflict';
import { recordThreatStatus } from './status-history';

const fields = ['title', 'description', 'category', 'stride', 'references', 'likelihood', 'impact', 'status', 'ownerId', 'rationale'] as const;
// STRIDE letters are a set: their order never makes a conflict.
const asSet = <T extends { stride?: readonly string[] }>(v: T): T => (v.stride ? { ...v, stride: [...v.stride].sort() } : v);

/**
 * Inline edits of one threat with optimistic concurrency. A stale `version` with the `base` values
 * the editor saw is merged field by field: fields nobody else changed are applied, so edits of
 * different fields both survive; fields changed by someone else are a 409 listing both values and
 * who. A stale version without `base` is a 409 carrying the current values.
 */
export async function updateThreat(actor: Actor | null, input: z.output<typeof updateThreatSchema>): Promise<{ id: string; version: number }> {
  return getDb().$transaction(async (tx) => {
    const found = await tx.threat.findUnique({ where: { id: input.threatId }, select: { modelId: true } });
    if (!found) throw new NotFoundError('Threat');
    const access = await requireModelRole(tx, actor, found.modelId, 'EDITOR');
    await assertWorkspaceMember(tx, access.workspaceId, input.changes.ownerId);
    // Locked, so the merge decision and the write see the same row.
    await tx.$executeRaw`SELECT 1 FROM "Threat" WHERE id = ${input.threatId} FOR UPDATE`;
    const before = await tx.threat.findUniqueOrThrow({ where: { id: input.threatId } });
    if (before.version !== input.version) {
      if (!input.base) throw staleVersion('This threat', { ...before });
      const current: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f, before[f]]));
      const clash = conflictingFields(asSet(current as { stride?: string[] }), asSet(input.changes), asSet(input.base));
      if (clash.length) {
        throw await editConflict(
          tx,
          { entityType: 'threat', entityId: before.id, bulk: { action: 'threat.bulk_update', entityType: 'model', entityId: before.modelId, idsKey: 'threatIds' } },
          { what: 'this threat', fields: clash, version: before.version, current, changes: input.changes, labels: threatFieldLabels, mergeable: mergeableThreatFields },
        );
      }
    }
    await tx.threat.update({
      where: { id: input.threatId },
      data: { ...(input.changes as Prisma.ThreatUpdateInput), version: { increment: 1 } },
    });
    if (input.changes.status) await recordThreatStatus(tx, access.actor.userId, [{ threatId: input.threatId, from: before.status, to: input.changes.status }]);
    const changed = fields.filter((f) => input.changes[f] !== undefined);
    const after = Object.fromEntries(changed.map((f) => [f, input.changes[f]]));
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      // The new values travel with the event, so open registers show them before their refresh lands.
      live: { modelId: found.modelId, data: { fields: changed, values: after, version: before.version + 1 } },
      actorId: access.actor.userId,
      action: 'threat.update',
      entityType: 'threat',
      entityId: input.threatId,
      before: Object.fromEntries(changed.map((f) => [f, before[f]])),
      after,
    });
    return { id: input.threatId, version: before.version + 1 };
  });
}
