// Vitest setupFiles for the integration project: every test file gets its own database, copied
// from the migrated template, and DATABASE_URL points at it before the test file (and thus any
// server module that reads it) is imported.
import { afterAll, inject } from 'vitest';
import { createDatabase, dropDatabase, randomDatabaseName } from './databases.ts';

const adminUrl = inject('threatlineAdminUrl');
const name = randomDatabaseName('t');
process.env.DATABASE_URL = await createDatabase(adminUrl, { name, template: inject('threatlineTemplate') });

// The throwaway embedded server is deleted whole at the end, but a shared server (DATABASE_URL
// set) would otherwise collect one database per test file and run.
afterAll(async () => {
  const globalDb = globalThis as { threatlinePrisma?: { $disconnect(): Promise<void> } };
  await globalDb.threatlinePrisma?.$disconnect().catch(() => undefined);
  await dropDatabase(adminUrl, name);
});
