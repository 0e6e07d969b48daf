import 'server-only';
import type { z } from 'zod';
import type { updateThreatSchema } from '@/lib/domain/threat';
import type { Prisma } from '@/prisma/generated/client';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, staleVersion } from '../errors';
import { assertWorkspaceMember } from './assert-owner';
import { recordThreatStatus } from './status-history';

const fields = ['title', 'description', 'category', 'stride', 'references', 'likelihood', 'impact', 'status', 'ownerId', 'rationale'] as const;

/** Inline edits of one threat; a stale `version` is a 409 carrying the current values. */
export async function updateThreat(actor: Actor | null, input: z.output<typeof updateThreatSchema>): Promise<{ id: string; version: number }> {
  return getDb().$transaction(async (tx) => {
    const found = await tx.threat.findUnique({ where: { id: input.threatId }, select: { modelId: true } });
    if (!found) throw new NotFoundError('Threat');
    const access = await requireModelRole(tx, actor, found.modelId, 'EDITOR');
    await assertWorkspaceMember(tx, access.workspaceId, input.changes.ownerId);
    const before = await tx.threat.findUniqueOrThrow({ where: { id: input.threatId } });
    const { count } = await tx.threat.updateMany({
      where: { id: input.threatId, version: input.version },
      data: { ...(input.changes as Prisma.ThreatUpdateManyMutationInput), version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion('This threat', { ...before });
    if (input.changes.status) await recordThreatStatus(tx, access.actor.userId, [{ threatId: input.threatId, from: before.status, to: input.changes.status }]);
    const changed = fields.filter((f) => input.changes[f] !== undefined);
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: found.modelId },
      actorId: access.actor.userId,
      action: 'threat.update',
      entityType: 'threat',
      entityId: input.threatId,
      before: Object.fromEntries(changed.map((f) => [f, before[f]])),
      after: Object.fromEntries(changed.map((f) => [f, input.changes[f]])),
    });
    return { id: input.threatId, version: input.version + 1 };
  });
}
