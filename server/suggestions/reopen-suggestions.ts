import 'server-only';
import type { z } from 'zod';
import type { suggestionDecisionSchema } from '@/lib/domain/threat';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ConflictError, NotFoundError } from '../errors';

/** Takes back a dismissal: the suggestion is open again. */
export async function reopenSuggestions(
  actor: Actor | null,
  input: z.output<typeof suggestionDecisionSchema>,
): Promise<{ reopened: number }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    const rows = await tx.suggestion.findMany({ where: { modelId: input.modelId, id: { in: input.suggestionIds } }, select: { id: true, status: true, dismissReason: true } });
    if (rows.length !== new Set(input.suggestionIds).size) throw new NotFoundError('Suggestion');
    if (rows.some((r) => r.status !== 'dismissed')) throw new ConflictError('Only dismissed suggestions can be reopened.');
    await tx.suggestion.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { status: 'open', dismissReason: null, decidedById: null, decidedAt: null, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      live: { modelId: input.modelId },
      actorId: access.actor.userId,
      action: 'suggestion.reopen',
      entityType: 'model',
      entityId: input.modelId,
      before: { suggestions: rows.map((r) => ({ id: r.id, reason: r.dismissReason })) },
    });
    return { reopened: rows.length };
  });
}
