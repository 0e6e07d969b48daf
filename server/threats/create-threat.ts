import 'server-only';
import type { z } from 'zod';
import { threatById } from '@/lib/catalogue';
import type { createThreatSchema } from '@/lib/domain/threat';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { NotFoundError, ValidationError } from '../errors';
import { catalogueThreatData } from './catalogue-data';
import { recordThreatStatus } from './status-history';

/** Adds a threat to the register, from the catalogue or written by hand, on an element, a flow or the model. */
export async function createThreat(actor: Actor | null, input: z.output<typeof createThreatSchema>): Promise<{ id: string }> {
  const entry = input.catalogueId ? threatById(input.catalogueId) : undefined;
  if (input.catalogueId && !entry) throw new ValidationError('Unknown catalogue threat.', { catalogueId: ['Choose a threat from the catalogue.'] });
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    let elementId: string | null = null;
    let flowId: string | null = null;
    if (input.target.type === 'element') {
      const el = await tx.element.findFirst({ where: { id: input.target.id, modelId: input.modelId }, select: { id: true } });
      if (!el) throw new NotFoundError('Element');
      elementId = el.id;
    } else if (input.target.type === 'flow') {
      const fl = await tx.flow.findFirst({ where: { id: input.target.id, modelId: input.modelId }, select: { id: true } });
      if (!fl) throw new NotFoundError('Flow');
      flowId = fl.id;
    }
    const base = entry ? catalogueThreatData(entry) : {};
    const threat = await tx.threat.create({
      data: {
        modelId: input.modelId,
        ...base,
        elementId,
        flowId,
        source: entry ? 'catalogue' : 'manual',
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.category !== undefined ? { category: input.category } : {}),
        ...(input.stride !== undefined ? { stride: input.stride } : {}),
        ...(input.likelihood !== undefined ? { likelihood: input.likelihood } : {}),
        ...(input.impact !== undefined ? { impact: input.impact } : {}),
        ...(input.rationale !== undefined ? { rationale: input.rationale } : {}),
        title: input.title ?? entry?.title ?? 'Untitled threat',
      },
      select: { id: true, title: true, source: true, likelihood: true, impact: true, status: true },
    });
    await recordThreatStatus(tx, access.actor.userId, [{ threatId: threat.id, from: null, to: threat.status }]);
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: input.modelId },
      actorId: access.actor.userId,
      action: 'threat.create',
      entityType: 'threat',
      entityId: threat.id,
      after: { ...threat, target: input.target, catalogueId: entry?.id ?? null },
    });
    return { id: threat.id };
  });
}
