import 'server-only';
import type { z } from 'zod';
import { threatById } from '@/lib/catalogue';
import type { suggestionDecisionSchema } from '@/lib/domain/threat';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ConflictError, NotFoundError } from '../errors';
import { catalogueThreatData } from '../threats/catalogue-data';
import { recordThreatStatus } from '../threats/status-history';

/**
 * Turns open suggestions into register threats (source "rule", the explanation as rationale),
 * all or nothing. A suggestion decided meanwhile by someone else is a 409.
 */
export async function acceptSuggestions(
  actor: Actor | null,
  input: z.output<typeof suggestionDecisionSchema>,
): Promise<{ threatIds: string[] }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    const rows = await tx.suggestion.findMany({ where: { modelId: input.modelId, id: { in: input.suggestionIds } } });
    if (rows.length !== new Set(input.suggestionIds).size) throw new NotFoundError('Suggestion');
    const decided = rows.filter((r) => r.status !== 'open');
    if (decided.length) throw new ConflictError(`${decided.length} of these suggestions were already decided. Reload to see the current state.`);
    const elements = await tx.element.findMany({ where: { modelId: input.modelId }, select: { id: true } });
    const flows = await tx.flow.findMany({ where: { modelId: input.modelId }, select: { id: true } });
    const elementIds = new Set(elements.map((e) => e.id));
    const flowIds = new Set(flows.map((f) => f.id));
    const now = new Date();
    const threatIds: string[] = [];
    for (const s of rows) {
      const entry = threatById(s.threatId);
      if (!entry) throw new NotFoundError(`Catalogue threat ${s.threatId}`);
      const threat = await tx.threat.create({
        data: {
          modelId: input.modelId,
          ...catalogueThreatData(entry),
          elementId: s.targetType === 'element' && s.targetId && elementIds.has(s.targetId) ? s.targetId : null,
          flowId: s.targetType === 'flow' && s.targetId && flowIds.has(s.targetId) ? s.targetId : null,
          ruleId: s.ruleId,
          source: 'rule',
          rationale: s.explanation,
          triggerRetiredAt: s.active ? null : s.retiredAt,
        },
        select: { id: true, title: true, status: true },
      });
      await recordThreatStatus(tx, access.actor.userId, [{ threatId: threat.id, from: null, to: threat.status }]);
      await tx.suggestion.update({
        where: { id: s.id },
        data: { status: 'accepted', acceptedThreatId: threat.id, decidedById: access.actor.userId, decidedAt: now, version: { increment: 1 } },
      });
      await writeAudit(tx, {
        workspaceId: access.workspaceId,
        live: { modelId: input.modelId },
        actorId: access.actor.userId,
        action: 'threat.create',
        entityType: 'threat',
        entityId: threat.id,
        after: { title: threat.title, source: 'rule', suggestionId: s.id, ruleId: s.ruleId, catalogueId: s.threatId },
      });
      threatIds.push(threat.id);
    }
    return { threatIds };
  }, { timeout: 60_000 });
}
