import 'server-only';
import type { z } from 'zod';
import { slugify, type createWorkspaceSchema } from '@/lib/domain/workspace';
import { requireActor, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { shortSuffix } from '../ids';

/** Any signed-in user may create a workspace; they become its first owner. */
export async function createWorkspace(
  actorOrNull: Actor | null,
  input: z.output<typeof createWorkspaceSchema>,
): Promise<{ id: string; slug: string; name: string }> {
  const actor = requireActor(actorOrNull);
  return getDb().$transaction(async (tx) => {
    const ws = await tx.workspace.create({
      data: {
        name: input.name,
        slug: slugify(input.name, shortSuffix()),
        createdById: actor.userId,
        memberships: { create: { userId: actor.userId, role: 'OWNER' } },
      },
      select: { id: true, slug: true, name: true, memberships: { select: { id: true } } },
    });
    await writeAudit(tx, {
      workspaceId: ws.id,
      actorId: actor.userId,
      action: 'workspace.create',
      entityType: 'workspace',
      entityId: ws.id,
      after: { name: ws.name, slug: ws.slug },
    });
    await writeAudit(tx, {
      workspaceId: ws.id,
      actorId: actor.userId,
      action: 'membership.create',
      entityType: 'membership',
      entityId: ws.memberships[0]?.id ?? '',
      after: { userId: actor.userId, role: 'OWNER' },
    });
    return { id: ws.id, slug: ws.slug, name: ws.name };
  });
}
