import 'server-only';
import type { Role } from '@/lib/domain/roles';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';

export interface InvitationRow {
  id: string;
  email: string | null;
  role: Role;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** Pending invitations (not accepted, revoked or expired); owners only. */
export async function listInvitations(actor: Actor | null, workspaceId: string): Promise<InvitationRow[]> {
  const db = getDb();
  await requireWorkspaceRole(db, actor, workspaceId, 'OWNER');
  const rows = await db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true, email: true } } },
    orderBy: { createdAt: 'desc' },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    invitedBy: r.invitedBy?.name ?? r.invitedBy?.email ?? null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
  }));
}
