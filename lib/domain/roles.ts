import { z } from 'zod';

export const roles = ['OWNER', 'EDITOR', 'VIEWER'] as const;
export const roleSchema = z.enum(roles, { message: 'Choose owner, editor or viewer.' });
export type Role = z.infer<typeof roleSchema>;

const rank: Record<Role, number> = { VIEWER: 1, EDITOR: 2, OWNER: 3 };

/** The one comparison behind every gate: does `role` grant at least `required`? */
export function roleAtLeast(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}

export const roleLabels: Record<Role, string> = { OWNER: 'Owner', EDITOR: 'Editor', VIEWER: 'Viewer' };

export const roleDescriptions: Record<Role, string> = {
  OWNER: 'Everything an editor can do, plus members, invitations, workspace settings and the audit log.',
  EDITOR: 'Create, change and delete threat models.',
  VIEWER: 'Read everything; change nothing.',
};
