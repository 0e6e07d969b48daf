// The demo data a fresh installation starts with: one user who owns one workspace with one model.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { createThreatModel, createUser, createWorkspace } from './factories.ts';

export const DEMO_EMAIL = 'demo@threatline.local';
export const DEMO_WORKSPACE = { name: 'Demo workspace', slug: 'demo' } as const;
export const DEMO_MODEL = {
  name: 'Fraud-scoring ML pipeline',
  description:
    'Card-payment fraud scoring: transactions stream from the payment gateway into a feature store; ' +
    'a gradient-boosted model is retrained nightly on labelled chargebacks pulled from a third-party ' +
    'data vendor, registered after evaluation, and served behind an internal scoring API that the ' +
    'checkout service calls in real time. Analysts review borderline scores in a case-management tool.',
} as const;

export interface DemoSeed {
  email: string;
  password: string;
  userId: string;
  workspaceId: string;
  workspaceSlug: string;
  modelId: string;
}

/** 20 random characters from an unambiguous alphabet (about 115 bits), grouped for reading. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(40);
  let out = '';
  // Rejection sampling keeps the distribution uniform (256 is not a multiple of the alphabet size).
  for (const byte of bytes) {
    if (out.length === 20) break;
    if (byte < 256 - (256 % alphabet.length)) out += alphabet[byte % alphabet.length];
  }
  if (out.length < 20) return generatePassword();
  return out.match(/.{5}/g)?.join('-') ?? out;
}

/**
 * Creates the demo user, workspace and model in one transaction. `hash` is injected (argon2id
 * from server/auth/password.ts in production) so the seed stays testable without it.
 */
export async function seedDemo(
  db: PrismaClient,
  hash: (password: string) => Promise<string>,
  password: string = generatePassword(),
): Promise<DemoSeed> {
  const passwordHash = await hash(password);
  return db.$transaction(async (tx) => {
    const user = await createUser(tx, { email: DEMO_EMAIL, name: 'Demo user', passwordHash });
    const { workspace } = await createWorkspace(tx, { ownerId: user.id, ...DEMO_WORKSPACE });
    const model = await createThreatModel(tx, { workspaceId: workspace.id, createdById: user.id, ...DEMO_MODEL });
    return {
      email: user.email,
      password,
      userId: user.id,
      workspaceId: workspace.id,
      workspaceSlug: workspace.slug,
      modelId: model.id,
    };
  });
}
