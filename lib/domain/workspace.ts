import { z } from 'zod';
import { emailSchema, idSchema, nameSchema, versionSchema } from '../validation/common';
import { roleSchema } from './roles';

export const workspaceNameSchema = nameSchema('Workspace name', 80);

export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });
export const renameWorkspaceSchema = z.object({
  workspaceId: idSchema,
  name: workspaceNameSchema,
  version: versionSchema,
});

export const workspaceRefSchema = z.object({ workspaceId: idSchema });

export const changeMemberRoleSchema = z.object({
  workspaceId: idSchema,
  membershipId: idSchema,
  role: roleSchema,
  version: versionSchema,
});
export const removeMemberSchema = z.object({ workspaceId: idSchema, membershipId: idSchema });

export const createInvitationSchema = z.object({
  workspaceId: idSchema,
  // Empty means a link anyone signed in can use once; otherwise only this address may accept.
  email: z.union([z.literal(''), emailSchema]).optional(),
  role: roleSchema,
});
export const revokeInvitationSchema = z.object({ workspaceId: idSchema, invitationId: idSchema });
export const invitationTokenSchema = z.object({
  token: z.string().min(20, 'That invitation link is not valid.').max(200).regex(/^[A-Za-z0-9_-]+$/, 'That invitation link is not valid.'),
});

export const INVITATION_TTL_DAYS = 7;

/** URL-safe slug from a name, with a random suffix supplied by the caller for uniqueness. */
export function slugify(name: string, suffix: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return base ? `${base}-${suffix}` : `workspace-${suffix}`;
}

export const auditQuerySchema = z.object({
  workspaceId: idSchema,
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
