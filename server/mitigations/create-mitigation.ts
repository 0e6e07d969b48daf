import 'server-only';
import type { z } from 'zod';
import { mitigationById } from '@/lib/catalogue';
import { defaultReduction, type ControlType, type createMitigationSchema } from '@/lib/domain/mitigation';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, ValidationError } from '../errors';
import { assertWorkspaceMember } from '../threats/assert-owner';
import { fromIsoDate, isoDate, recordMitigationChanges } from './history';

/** Adds a mitigation (from the catalogue or by hand) and links it to threats of the same model. */
export async function createMitigation(actor: Actor | null, input: z.output<typeof createMitigationSchema>): Promise<{ id: string }> {
  const entry = input.catalogueId ? mitigationById(input.catalogueId) : undefined;
  if (input.catalogueId && !entry) throw new ValidationError('Unknown catalogue mitigation.', { catalogueId: ['Choose a mitigation from the catalogue.'] });
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    await assertWorkspaceMember(tx, access.workspaceId, input.ownerId);
    const threatIds = [...new Set(input.threatIds)];
    const threats = await tx.threat.count({ where: { modelId: input.modelId, id: { in: threatIds } } });
    if (threats !== threatIds.length) throw new NotFoundError('Threat');
    const controlType: ControlType = input.controlType ?? (entry?.controlType as ControlType | undefined) ?? 'preventive';
    const m = await tx.mitigation.create({
      data: {
        modelId: input.modelId,
        catalogueId: entry?.id ?? null,
        title: input.title ?? entry?.title ?? 'Untitled mitigation',
        description: input.description ?? entry?.description ?? '',
        controlType,
        ownerId: input.ownerId ?? null,
        dueDate: fromIsoDate(input.dueDate) ?? null,
        threats: { create: threatIds.map((threatId) => ({ threatId, ...defaultReduction(controlType) })) },
      },
      select: { id: true, title: true, status: true, ownerId: true, dueDate: true },
    });
    await recordMitigationChanges(tx, access.actor.userId, [
      { mitigationId: m.id, field: 'status', from: null, to: m.status },
      ...(m.ownerId ? [{ mitigationId: m.id, field: 'owner' as const, from: null, to: m.ownerId }] : []),
      ...(m.dueDate ? [{ mitigationId: m.id, field: 'dueDate' as const, from: null, to: isoDate(m.dueDate) }] : []),
    ]);
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: input.modelId },
      actorId: access.actor.userId,
      action: 'mitigation.create',
      entityType: 'mitigation',
      entityId: m.id,
      after: { title: m.title, catalogueId: entry?.id ?? null, controlType, ownerId: m.ownerId, dueDate: isoDate(m.dueDate), threatIds },
    });
    return { id: m.id };
  });
}
