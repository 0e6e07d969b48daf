import 'server-only';
import type { StartImportInput } from '@/lib/interop/import-request';
import { requireModelRole, requireWorkspaceRole, type WorkspaceAccess } from '../access';
import type { Actor } from '../actor';
import type { Db, Tx } from '../db';
import { NotFoundError } from '../errors';

/** A new model needs EDITOR in the workspace; a merge needs EDITOR on that model, in that workspace. */
export async function checkImportAccess(db: Db | Tx, actor: Actor | null, input: Pick<StartImportInput, 'workspaceId' | 'mergeIntoModelId'>): Promise<WorkspaceAccess> {
  if (!input.mergeIntoModelId) return requireWorkspaceRole(db, actor, input.workspaceId, 'EDITOR');
  const access = await requireModelRole(db, actor, input.mergeIntoModelId, 'EDITOR');
  // Another workspace's model is "not found", like a model that does not exist.
  if (access.workspaceId !== input.workspaceId) throw new NotFoundError('Threat model');
  return access;
}
