import 'server-only';
import type { z } from 'zod';
import type { acceptWorkshopSuggestionSchema } from '@/lib/workshop/schemas';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { acceptSuggestions } from '../suggestions/accept-suggestions';
import { requireWorkshop } from './workshop-access';

/**
 * Accepts a rule suggestion during a workshop: exactly acceptSuggestions (the threat keeps source
 * "rule", its rule and explanation), then records the decision in the workshop.
 */
export async function acceptWorkshopSuggestion(actor: Actor | null, input: z.output<typeof acceptWorkshopSuggestionSchema>): Promise<{ threatId: string }> {
  const { workshop } = await requireWorkshop(getDb(), actor, input.workshopId, 'EDITOR', { active: true });
  const { threatIds } = await acceptSuggestions(actor, { modelId: workshop.modelId, suggestionIds: [input.suggestionId] });
  const threatId = threatIds[0]!;
  await getDb().$transaction(async (tx) => {
    const { access } = await requireWorkshop(tx, actor, input.workshopId, 'EDITOR');
    const threat = await tx.threat.findUniqueOrThrow({ where: { id: threatId }, select: { title: true, element: { select: { name: true } }, flow: { select: { label: true } } } });
    const on = threat.element?.name || threat.flow?.label || null;
    const decision = await tx.workshopDecision.create({
      data: { workshopId: workshop.id, authorId: access.actor.userId, text: `Accepted the suggested threat “${threat.title}”${on ? ` on ${on}` : ''}.` },
      select: { id: true },
    });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'workshop.decision',
      entityType: 'workshop',
      entityId: workshop.id,
      after: { decisionId: decision.id, threatId },
      live: { modelId: workshop.modelId, type: 'workshop.decision', data: { workshopId: workshop.id } },
    });
  });
  return { threatId };
}
