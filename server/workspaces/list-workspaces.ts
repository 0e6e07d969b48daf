import 'server-only';
import type { Role } from '@/lib/domain/roles';
import { requireActor, type Actor } from '../actor';
import { getDb } from '../db';

export interface WorkspaceSummary {
  id: string;
  slug: string;
  name: string;
  role: Role;
  modelCount: number;
  memberCount: number;
}

/** The workspaces the actor belongs to, by name. */
export async function listWorkspaces(actorOrNull: Actor | null): Promise<WorkspaceSummary[]> {
  const actor = requireActor(actorOrNull);
  const rows = await getDb().membership.findMany({
    where: { userId: actor.userId },
    select: {
      role: true,
      workspace: {
        select: { id: true, slug: true, name: true, _count: { select: { models: true, memberships: true } } },
      },
    },
    orderBy: { workspace: { name: 'asc' } },
  });
  return rows.map((r) => ({
    id: r.workspace.id,
    slug: r.workspace.slug,
    name: r.workspace.name,
    role: r.role,
    modelCount: r.workspace._count.models,
    memberCount: r.workspace._count.memberships,
  }));
}
