// The demo data a fresh installation starts with: one user who owns one workspace with one model.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import { createThreatModel, createUser, createWorkspace } from './factories.ts';

export const DEMO_EMAIL = 'demo@threatline.local';
export const DEMO_WORKSPACE = { name: 'Demo workspace', slug: 'demo' } as const;
export const DEMO_MODEL = {
  name: 'Product recommendations (demo)',
  description:
    'A recommendation model for a web shop, drawn from the “Supervised ML on Kubernetes” template: clickstream ' +
    'events and a partner catalogue feed a data lake and a feature store; Kubeflow pipelines label, train and ' +
    'evaluate a ranking model nightly, MLflow registers it, a signed image is built and KServe serves it on EKS ' +
    'to signed-in shoppers, whose clicks flow back as labels. Open the Threats tab for the suggestions the rules ' +
    'made for this diagram, and change the diagram to see them follow.',
} as const;
/** The template the demo model's diagram comes from (lib/templates). */
export const DEMO_TEMPLATE = 'supervised-ml-kubernetes';

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

type SeedTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Creates the demo user, workspace and model in one transaction. `hash` is injected (argon2id
 * from server/auth/password.ts in production) so the seed stays testable without it; so is
 * `populate`, which draws the demo model's diagram and analyses it in the same transaction
 * (prisma/seed.ts passes the template and the rule engine, which live in server-only code).
 */
export async function seedDemo(
  db: PrismaClient,
  hash: (password: string) => Promise<string>,
  password: string = generatePassword(),
  populate?: (tx: SeedTx, modelId: string) => Promise<void>,
): Promise<DemoSeed> {
  const passwordHash = await hash(password);
  return db.$transaction(async (tx) => {
    const user = await createUser(tx, { email: DEMO_EMAIL, name: 'Demo user', passwordHash });
    const { workspace } = await createWorkspace(tx, { ownerId: user.id, ...DEMO_WORKSPACE });
    const model = await createThreatModel(tx, { workspaceId: workspace.id, createdById: user.id, ...DEMO_MODEL });
    if (populate) await populate(tx, model.id);
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
