import 'server-only';
import type { z } from 'zod';
import type { updatePresenceSchema } from '@/lib/realtime/types';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { notifyPresence } from './presence-store';

/**
 * Says what the user is looking at or editing on one of their own live connections (shown to
 * everyone with the model open). Editing needs the editor role.
 */
export async function updatePresence(actor: Actor | null, input: z.output<typeof updatePresenceSchema>): Promise<{ ok: true }> {
  const access = await requireModelRole(getDb(), actor, input.modelId, input.editing ? 'EDITOR' : 'VIEWER');
  const db = getDb();
  const { count } = await db.presence.updateMany({
    where: { connectionId: input.connectionId, modelId: input.modelId, userId: access.actor.userId },
    data: {
      ...(input.view ? { view: input.view } : {}),
      ...(input.editing !== undefined ? { editingType: input.editing?.type ?? null, editingId: input.editing?.id ?? null } : {}),
      lastSeen: new Date(),
    },
  });
  if (count === 0) throw new NotFoundError('Live connection');
  await notifyPresence(db, input.modelId);
  return { ok: true };
}
