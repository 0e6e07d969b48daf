// Row factories shared by the seed and by tests. They write the same AuditEvent rows the server's
// create functions write, so seeded data looks like data made through the app. They take a
// password HASH (not a password) so they stay importable outside the `react-server` condition
// that server/auth/password.ts requires.
import { randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient, Role } from '@/prisma/generated/client';

export type DbClient = PrismaClient | Prisma.TransactionClient;

const unique = () => randomBytes(4).toString('hex');

async function audit(
  db: DbClient,
  event: { workspaceId: string; actorId: string | null; action: string; entityType: string; entityId: string; after: Prisma.InputJsonValue },
): Promise<void> {
  await db.auditEvent.create({ data: event });
}

export interface UserInput {
  email?: string;
  name?: string | null;
  passwordHash?: string | null;
}

export async function createUser(db: DbClient, input: UserInput = {}) {
  return db.user.create({
    data: {
      email: (input.email ?? `user-${unique()}@example.test`).toLowerCase(),
      name: input.name === undefined ? 'Test user' : input.name,
      passwordHash: input.passwordHash ?? null,
    },
  });
}

export interface WorkspaceInput {
  ownerId: string;
  name?: string;
  slug?: string;
}

/** A workspace whose creator is its OWNER (audited as workspace.create + membership.create). */
export async function createWorkspace(db: DbClient, input: WorkspaceInput) {
  const name = input.name ?? `Workspace ${unique()}`;
  const workspace = await db.workspace.create({
    data: { name, slug: input.slug ?? `ws-${unique()}`, createdById: input.ownerId },
  });
  await audit(db, {
    workspaceId: workspace.id,
    actorId: input.ownerId,
    action: 'workspace.create',
    entityType: 'workspace',
    entityId: workspace.id,
    after: { name: workspace.name, slug: workspace.slug },
  });
  const membership = await addMember(db, { workspaceId: workspace.id, userId: input.ownerId, role: 'OWNER', actorId: input.ownerId });
  return { workspace, membership };
}

export interface MemberInput {
  workspaceId: string;
  userId: string;
  role: Role;
  actorId: string | null;
}

export async function addMember(db: DbClient, input: MemberInput) {
  const membership = await db.membership.create({
    data: { workspaceId: input.workspaceId, userId: input.userId, role: input.role },
  });
  await audit(db, {
    workspaceId: input.workspaceId,
    actorId: input.actorId,
    action: 'membership.create',
    entityType: 'membership',
    entityId: membership.id,
    after: { userId: input.userId, role: input.role },
  });
  return membership;
}

export interface ModelInput {
  workspaceId: string;
  createdById: string;
  name?: string;
  description?: string;
}

export async function createThreatModel(db: DbClient, input: ModelInput) {
  const model = await db.threatModel.create({
    data: {
      workspaceId: input.workspaceId,
      createdById: input.createdById,
      name: input.name ?? `Model ${unique()}`,
      description: input.description ?? '',
    },
  });
  await audit(db, {
    workspaceId: input.workspaceId,
    actorId: input.createdById,
    action: 'model.create',
    entityType: 'model',
    entityId: model.id,
    after: { name: model.name, description: model.description },
  });
  return model;
}
