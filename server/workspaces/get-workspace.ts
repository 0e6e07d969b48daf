import 'server-only';
import type { Role } from '@/lib/domain/roles';
import { requireActor, type Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';

export interface WorkspaceDetail {
  id: string;
  slug: string;
  name: string;
  version: number;
  role: Role;
  createdAt: Date;
}

/** A workspace by its URL slug, for members only (anyone else gets 404). */
export async function getWorkspace(actorOrNull: Actor | null, slug: string): Promise<WorkspaceDetail> {
  const actor = requireActor(actorOrNull);
  const ws = await getDb().workspace.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      version: true,
      createdAt: true,
      memberships: { where: { userId: actor.userId }, select: { role: true } },
    },
  });
  const role = ws?.memberships[0]?.role;
  if (!ws || !role) throw new NotFoundError('Workspace');
  return { id: ws.id, slug: ws.slug, name: ws.name, version: ws.version, createdAt: ws.createdAt, role };
}
