import 'server-only';
import type { Role } from '@/lib/domain/roles';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';

export interface MemberRow {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  version: number;
  joinedAt: Date;
}

/** Every member can see who else is in the workspace. */
export async function listMembers(actor: Actor | null, workspaceId: string): Promise<MemberRow[]> {
  const db = getDb();
  await requireWorkspaceRole(db, actor, workspaceId, 'VIEWER');
  const rows = await db.membership.findMany({
    where: { workspaceId },
    select: { id: true, role: true, version: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ createdAt: 'asc' }],
  });
  return rows.map((r) => ({
    membershipId: r.id,
    userId: r.user.id,
    name: r.user.name,
    email: r.user.email,
    role: r.role,
    version: r.version,
    joinedAt: r.createdAt,
  }));
}
