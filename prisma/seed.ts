// Seeds an EMPTY database with the demo user, workspace and model, and writes the sign-in details
// to <dataDir>/demo-credentials.txt (mode 0600).
// Run: node --conditions=react-server --import tsx prisma/seed.ts   (npm start does this for you)
// The react-server condition is needed because the argon2id hashing lives in server-only code.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/prisma/generated/client';
import { templates } from '@/lib/templates';
import { hashPassword } from '@/server/auth/password';
import { insertGraph } from '@/server/canvas/insert-graph';
import { analyseModel } from '@/server/suggestions/run-model-rules';
import { resolveDataDir, ensureDataDir, writePrivateFile } from '@/scripts/lib/data-dir';
import { DEMO_TEMPLATE, seedDemo as seedDemoWith, type DemoSeed } from './seed/demo.ts';

export { DEMO_EMAIL, DEMO_MODEL, DEMO_TEMPLATE, DEMO_WORKSPACE, generatePassword } from './seed/demo.ts';
export type { DemoSeed } from './seed/demo.ts';

/**
 * Seeds the demo data with argon2id-hashed credentials, and draws the demo model from its template
 * and analyses it (suggestions waiting on the Threats tab), as creating a model from a template does.
 */
export function seedDemo(db: PrismaClient, password?: string): Promise<DemoSeed> {
  const template = templates.find((t) => t.id === DEMO_TEMPLATE);
  if (!template) throw new Error(`Unknown demo template ${DEMO_TEMPLATE}`);
  return seedDemoWith(db, hashPassword, password, async (tx, modelId) => {
    await insertGraph(tx, modelId, template.build());
    await analyseModel(tx, modelId);
  });
}

export const credentialsFile = (dataDir: string = resolveDataDir()) => path.join(dataDir, 'demo-credentials.txt');

export function credentialsText(seed: DemoSeed): string {
  return [
    'Threatline demo account',
    `  Email:     ${seed.email}`,
    `  Password:  ${seed.password}`,
    `  Workspace: Demo workspace (/w/${seed.workspaceSlug})`,
    `Created ${new Date().toISOString()}. Change the password or remove this file once you have signed in.`,
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set.');
    return 2;
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const users = await db.user.count();
    if (users > 0) {
      console.log(`The database already has ${users} user(s); not seeding.`);
      return 0;
    }
    const seed = await seedDemo(db);
    const dataDir = resolveDataDir();
    ensureDataDir(dataDir);
    writePrivateFile(credentialsFile(dataDir), credentialsText(seed));
    console.log(`Seeded the demo workspace; sign-in details written to ${credentialsFile(dataDir)}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
