import 'server-only';
import type { z } from 'zod';
import type { listCommentsSchema } from '@/lib/domain/comment';
import type { CommentRow } from '@/lib/workshop/types';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';

export type { CommentRow };

/** The comments on a model's threats (or on one threat), oldest first; deleted ones are left out. */
export async function listComments(actor: Actor | null, input: z.output<typeof listCommentsSchema>): Promise<CommentRow[]> {
  const db = getDb();
  await requireModelRole(db, actor, input.modelId, 'VIEWER');
  const rows = await db.comment.findMany({
    where: { modelId: input.modelId, deletedAt: null, ...(input.threatId ? { threatId: input.threatId } : { threatId: { not: null } }) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, threatId: true, body: true, createdAt: true, author: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    threatId: r.threatId!,
    body: r.body,
    author: r.author ? { id: r.author.id, name: r.author.name ?? r.author.email } : null,
    createdAt: r.createdAt,
  }));
}
