import 'server-only';
import { roleAtLeast, type Role } from '@/lib/domain/roles';
import { requireActor, type Actor } from './actor';
import type { Db, Tx } from './db';
import { ForbiddenError, NotFoundError } from './errors';

export interface WorkspaceAccess {
  actor: Actor;
  workspaceId: string;
  role: Role;
}

export interface ModelAccess extends WorkspaceAccess {
  modelId: string;
}

/**
 * The single gate behind every data-access function. Non-members get 404 (never 403) so that
 * other workspaces' ids cannot be probed; members below `required` get 403.
 */
export async function requireWorkspaceRole(
  db: Db | Tx,
  actorOrNull: Actor | null,
  workspaceId: string,
  required: Role,
): Promise<WorkspaceAccess> {
  const actor = requireActor(actorOrNull);
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: actor.userId } },
    select: { role: true },
  });
  if (!membership) throw new NotFoundError('Workspace');
  return checkRole(actor, workspaceId, membership.role, required);
}

export async function requireModelRole(
  db: Db | Tx,
  actorOrNull: Actor | null,
  modelId: string,
  required: Role,
): Promise<ModelAccess> {
  const actor = requireActor(actorOrNull);
  const model = await db.threatModel.findUnique({
    where: { id: modelId },
    select: {
      workspaceId: true,
      workspace: { select: { memberships: { where: { userId: actor.userId }, select: { role: true } } } },
    },
  });
  const role = model?.workspace.memberships[0]?.role;
  if (!model || !role) throw new NotFoundError('Threat model');
  return { ...checkRole(actor, model.workspaceId, role, required), modelId };
}

function checkRole(actor: Actor, workspaceId: string, role: Role, required: Role): WorkspaceAccess {
  if (!roleAtLeast(role, required)) {
    throw new ForbiddenError(
      required === 'OWNER'
        ? 'Only workspace owners can do this.'
        : 'Viewers can read this workspace but not change it. Ask an owner for the editor role.',
    );
  }
  return { actor, workspaceId, role };
}
