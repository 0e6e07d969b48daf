'use server';
import { createModelSchema, deleteModelSchema, duplicateModelSchema, updateModelSchema } from '@/lib/domain/model';
import {
  changeMemberRoleSchema,
  createInvitationSchema,
  createWorkspaceSchema,
  removeMemberSchema,
  renameWorkspaceSchema,
  revokeInvitationSchema,
} from '@/lib/domain/workspace';
import { authedAction } from '@/server/authed-action';
import { createInvitation } from '@/server/invitations/create-invitation';
import { revokeInvitation } from '@/server/invitations/revoke-invitation';
import { changeMemberRole } from '@/server/members/change-member-role';
import { removeMember } from '@/server/members/remove-member';
import { createModel } from '@/server/models/create-model';
import { deleteModel } from '@/server/models/delete-model';
import { duplicateModel } from '@/server/models/duplicate-model';
import { updateModel } from '@/server/models/update-model';
import { createWorkspace } from '@/server/workspaces/create-workspace';
import { renameWorkspace } from '@/server/workspaces/rename-workspace';

export const createWorkspaceAction = authedAction(createWorkspaceSchema, createWorkspace);
export const renameWorkspaceAction = authedAction(renameWorkspaceSchema, renameWorkspace);
export const changeMemberRoleAction = authedAction(changeMemberRoleSchema, changeMemberRole);
export const removeMemberAction = authedAction(removeMemberSchema, removeMember);
export const createInvitationAction = authedAction(createInvitationSchema, createInvitation);
export const revokeInvitationAction = authedAction(revokeInvitationSchema, revokeInvitation);
export const createModelAction = authedAction(createModelSchema, createModel);
export const updateModelAction = authedAction(updateModelSchema, updateModel);
export const duplicateModelAction = authedAction(duplicateModelSchema, duplicateModel);
export const deleteModelAction = authedAction(deleteModelSchema, deleteModel);
