import 'server-only';
import { addMember, createThreatModel, createUser, createWorkspace } from '@/prisma/seed/factories';
import type { Actor } from './actor';
import { getDb } from './db';
import { newToken, sha256 } from './ids';

export type Persona = 'anonymous' | 'outsider' | 'viewer' | 'editor' | 'owner';
export const personas: Persona[] = ['anonymous', 'outsider', 'viewer', 'editor', 'owner'];

/**
 * A workspace with an owner, an editor, a viewer and one more viewer (a target for role changes),
 * a model with a threat, two mitigations (one linked), three suggestions (two open, one dismissed), and two pending invitations; plus an outsider who owns a workspace of their own.
 * Used by integration tests only.
 */
export async function createWorld() {
  const db = getDb();
  const [owner, editor, viewer, other, outsider] = await Promise.all(
    ['owner', 'editor', 'viewer', 'other', 'outsider'].map((n) => createUser(db, { name: n })),
  );
  const { workspace, membership: ownerMembership } = await createWorkspace(db, { ownerId: owner!.id, name: 'Acme ML' });
  const editorMembership = await addMember(db, { workspaceId: workspace.id, userId: editor!.id, role: 'EDITOR', actorId: owner!.id });
  const viewerMembership = await addMember(db, { workspaceId: workspace.id, userId: viewer!.id, role: 'VIEWER', actorId: owner!.id });
  const otherMembership = await addMember(db, { workspaceId: workspace.id, userId: other!.id, role: 'VIEWER', actorId: owner!.id });
  const model = await createThreatModel(db, { workspaceId: workspace.id, createdById: owner!.id, name: 'Credit model' });
  const outsiderWorkspace = await createWorkspace(db, { ownerId: outsider!.id, name: 'Elsewhere' });
  const token = newToken();
  const invitation = await db.invitation.create({
    data: { workspaceId: workspace.id, role: 'VIEWER', tokenHash: sha256(token), invitedById: owner!.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const toRevoke = await db.invitation.create({
    data: { workspaceId: workspace.id, role: 'EDITOR', tokenHash: sha256(newToken()), invitedById: owner!.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const threat = await db.threat.create({ data: { modelId: model.id, title: 'Training-data poisoning', source: 'manual' } });
  const mitigation = await db.mitigation.create({
    data: { modelId: model.id, title: 'Validate training data', threats: { create: { threatId: threat.id, likelihoodReduction: 1 } } },
  });
  const loose = await db.mitigation.create({ data: { modelId: model.id, title: 'Sign model artifacts', controlType: 'preventive' } });
  const suggestion = (status: string, n: number) =>
    db.suggestion.create({
      data: {
        modelId: model.id, fingerprint: `test|TL-AI-001|model:${n}`, ruleId: 'TEST-RULE', threatId: 'TL-AI-001',
        targetType: 'model', explanation: 'Seeded for tests.', status, ...(status === 'dismissed' ? { dismissReason: 'Out of scope' } : {}),
      },
    });
  const suggestions = { open: await suggestion('open', 1), open2: await suggestion('open', 2), dismissed: await suggestion('dismissed', 3) };
  const asActor = (u: { id: string; email: string; name: string | null }): Actor => ({ userId: u.id, email: u.email, name: u.name });
  const actors: Record<Persona, Actor | null> = {
    anonymous: null,
    outsider: asActor(outsider!),
    viewer: asActor(viewer!),
    editor: asActor(editor!),
    owner: asActor(owner!),
  };
  return {
    actors,
    users: { owner: owner!, editor: editor!, viewer: viewer!, other: other!, outsider: outsider! },
    workspace,
    memberships: { owner: ownerMembership, editor: editorMembership, viewer: viewerMembership, other: otherMembership },
    model,
    threat,
    mitigation,
    looseMitigation: loose,
    suggestions,
    outsiderWorkspace: outsiderWorkspace.workspace,
    invitation: { ...invitation, token },
    invitationToRevoke: toRevoke,
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
