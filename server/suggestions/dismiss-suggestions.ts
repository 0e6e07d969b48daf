import 'server-only';
import type { z } from 'zod';
import type { dismissSuggestionSchema } from '@/lib/domain/threat';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ConflictError, NotFoundError } from '../errors';

/** Dismisses open suggestions with a reason; the dismissal is remembered across re-runs. */
export async function dismissSuggestions(
  actor: Actor | null,
  input: z.output<typeof dismissSuggestionSchema>,
): Promise<{ dismissed: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    const rows = await tx.suggestion.findMany({ where: { modelId: input.modelId, id: { in: input.suggestionIds } }, select: { id: true, status: true, threatId: true } });
    if (rows.length !== new Set(input.suggestionIds).size) throw new NotFoundError('Suggestion');
    if (rows.some((r) => r.status !== 'open')) throw new ConflictError('Some of these suggestions were already decided. Reload to see the current state.');
    await tx.suggestion.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { status: 'dismissed', dismissReason: input.reason, decidedById: access.actor.userId, decidedAt: new Date(), version: { increment: 1 } },
    });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: input.modelId },
      actorId: access.actor.userId,
      action: 'suggestion.dismiss',
      entityType: 'model',
      entityId: input.modelId,
      after: { suggestions: rows.map((r) => ({ id: r.id, threatId: r.threatId })), reason: input.reason },
    });
    return { dismissed: rows.length };
  });
}
