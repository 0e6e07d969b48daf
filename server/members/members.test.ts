import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { acceptInvitation } from '../invitations/accept-invitation';
import { createInvitation } from '../invitations/create-invitation';
import { getInvitation } from '../invitations/get-invitation';
import { revokeInvitation } from '../invitations/revoke-invitation';
import { listWorkspaces } from '../workspaces/list-workspaces';
import { renameWorkspace } from '../workspaces/rename-workspace';
import { changeMemberRole } from './change-member-role';
import { listMembers } from './list-members';
import { removeMember } from './remove-member';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message }));

describe('members', () => {
  it('never leaves a workspace without an owner', async () => {
    const w = await createWorld();
    const demote = await fail(changeMemberRole(w.actors.owner, { workspaceId: w.workspace.id, membershipId: w.memberships.owner.id, role: 'EDITOR', version: 1 }));
    expect(demote).toMatchObject({ status: 409, message: expect.stringContaining('at least one owner') });
    expect(await fail(removeMember(w.actors.owner, { workspaceId: w.workspace.id, membershipId: w.memberships.owner.id }))).toMatchObject({ status: 409 });
    // With a second owner, the first may step down.
    await changeMemberRole(w.actors.owner, { workspaceId: w.workspace.id, membershipId: w.memberships.editor.id, role: 'OWNER', version: 1 });
    await changeMemberRole(w.actors.owner, { workspaceId: w.workspace.id, membershipId: w.memberships.owner.id, role: 'VIEWER', version: 1 });
    const roles = Object.fromEntries((await listMembers(w.actors.viewer, w.workspace.id)).map((m) => [m.name, m.role]));
    expect(roles).toMatchObject({ owner: 'VIEWER', editor: 'OWNER' });
  });

  it('lets any member leave, and removes their access at once', async () => {
    const w = await createWorld();
    const r = await removeMember(w.actors.viewer, { workspaceId: w.workspace.id, membershipId: w.memberships.viewer.id });
    expect(r.self).toBe(true);
    expect((await listWorkspaces(w.actors.viewer)).map((x) => x.id)).not.toContain(w.workspace.id);
    const event = await getDb().auditEvent.findFirst({ where: { entityId: w.memberships.viewer.id, action: 'membership.leave' } });
    expect(event?.before).toMatchObject({ role: 'VIEWER' });
  });

  it('refuses a role change based on a stale version', async () => {
    const w = await createWorld();
    await changeMemberRole(w.actors.owner, { workspaceId: w.workspace.id, membershipId: w.memberships.other.id, role: 'EDITOR', version: 1 });
    expect(await fail(changeMemberRole(w.actors.owner, { workspaceId: w.workspace.id, membershipId: w.memberships.other.id, role: 'OWNER', version: 1 }))).toMatchObject({ status: 409 });
  });

  it('cannot touch a membership of another workspace through its own', async () => {
    const w = await createWorld();
    const foreign = await getDb().membership.findFirstOrThrow({ where: { workspaceId: w.outsiderWorkspace.id } });
    expect(await fail(removeMember(w.actors.owner, { workspaceId: w.workspace.id, membershipId: foreign.id }))).toMatchObject({ status: 404 });
  });

  it('renames with optimistic concurrency', async () => {
    const w = await createWorld();
    await renameWorkspace(w.actors.owner, { workspaceId: w.workspace.id, name: 'Acme AI', version: 1 });
    expect(await fail(renameWorkspace(w.actors.owner, { workspaceId: w.workspace.id, name: 'Other', version: 1 }))).toMatchObject({ status: 409 });
  });
});

describe('invitations', () => {
  it('stores only a hash of the token, and a link works once', async () => {
    const w = await createWorld();
    const inv = await createInvitation(w.actors.owner, { workspaceId: w.workspace.id, email: '', role: 'EDITOR' });
    const row = await getDb().invitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(row.tokenHash).not.toContain(inv.token);
    expect(JSON.stringify(await getDb().auditEvent.findMany({ where: { entityId: inv.id } }))).not.toContain(inv.token);

    const joined = await acceptInvitation(w.actors.outsider, inv.token);
    expect(joined).toEqual({ workspaceSlug: w.workspace.slug, role: 'EDITOR' });
    const second = await getDb().user.create({ data: { email: 'late@example.test' } });
    const late = { userId: second.id, email: second.email, name: null };
    expect(await fail(acceptInvitation(late, inv.token))).toMatchObject({ status: 409, message: expect.stringContaining('already been accepted') });
  });

  it('binds an invitation to its email address', async () => {
    const w = await createWorld();
    const inv = await createInvitation(w.actors.owner, { workspaceId: w.workspace.id, email: 'Carol@Example.test', role: 'VIEWER' });
    expect((await getInvitation(w.actors.outsider, inv.token)).wrongEmail).toBe(true);
    expect(await fail(acceptInvitation(w.actors.outsider, inv.token))).toMatchObject({ status: 403, message: expect.stringContaining('carol@example.test') });
    const carol = await getDb().user.create({ data: { email: 'carol@example.test' } });
    await acceptInvitation({ userId: carol.id, email: carol.email, name: null }, inv.token);
    expect((await listMembers(w.actors.owner, w.workspace.id)).find((m) => m.email === 'carol@example.test')?.role).toBe('VIEWER');
  });

  it('refuses revoked, expired and unknown invitations', async () => {
    const w = await createWorld();
    const inv = await createInvitation(w.actors.owner, { workspaceId: w.workspace.id, email: '', role: 'VIEWER' });
    await revokeInvitation(w.actors.owner, { workspaceId: w.workspace.id, invitationId: inv.id });
    expect(await fail(acceptInvitation(w.actors.outsider, inv.token))).toMatchObject({ status: 409, message: expect.stringContaining('revoked') });
    await getDb().invitation.update({ where: { id: w.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await fail(acceptInvitation(w.actors.outsider, w.invitation.token))).toMatchObject({ status: 409, message: expect.stringContaining('expired') });
    expect(await fail(acceptInvitation(w.actors.outsider, 'x'.repeat(43)))).toMatchObject({ status: 404 });
  });

  it('does not invite someone who is already a member', async () => {
    const w = await createWorld();
    expect(await fail(createInvitation(w.actors.owner, { workspaceId: w.workspace.id, email: w.users.viewer.email, role: 'EDITOR' }))).toMatchObject({ status: 409 });
  });
});
