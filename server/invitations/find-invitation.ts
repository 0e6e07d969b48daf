import 'server-only';
import type { Role } from '@/lib/domain/roles';
import type { Db, Tx } from '../db';
import { sha256 } from '../ids';

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationLookup {
  id: string;
  workspaceId: string;
  workspaceSlug: string;
  workspaceName: string;
  email: string | null;
  role: Role;
  invitedBy: string | null;
  state: InvitationState;
}

export async function findInvitationByToken(db: Db | Tx, token: string): Promise<InvitationLookup | null> {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { id: true, slug: true, name: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!inv) return null;
  const state: InvitationState = inv.acceptedAt
    ? 'accepted'
    : inv.revokedAt
      ? 'revoked'
      : inv.expiresAt <= new Date()
        ? 'expired'
        : 'pending';
  return {
    id: inv.id,
    workspaceId: inv.workspace.id,
    workspaceSlug: inv.workspace.slug,
    workspaceName: inv.workspace.name,
    email: inv.email,
    role: inv.role,
    invitedBy: inv.invitedBy?.name ?? inv.invitedBy?.email ?? null,
    state,
  };
}
