// Vitest globalSetup for the integration project: one PostgreSQL server per run and one migrated
// template database. Uses DATABASE_URL as the admin connection when set (CI service container);
// otherwise starts a throwaway embedded cluster in a temp dir (never the dev data in .data/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPg } from '../../scripts/lib/embedded-pg.ts';
import { applyMigrations } from '../../scripts/lib/migrator.ts';
import { TEMPLATE_DATABASE, createDatabase, dropDatabase, sealTemplate } from './databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test server (create/drop databases with it). */
    threatlineAdminUrl: string;
    /** Migrated database to copy per test file. */
    threatlineTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: EmbeddedPg | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tempDir = mkdtempSync(path.join(tmpdir(), 'threatline-test-pg-'));
    server = await startEmbeddedPostgres({
      dataDir: tempDir,
      password: randomBytes(18).toString('base64url'),
      database: 'postgres',
      fast: true,
    });
    adminUrl = server.adminUrl;
  }
  try {
    // Rebuilt every run: migrations may have changed since the last one.
    await dropDatabase(adminUrl, TEMPLATE_DATABASE);
    const templateUrl = await createDatabase(adminUrl, { name: TEMPLATE_DATABASE });
    await applyMigrations(templateUrl);
    await sealTemplate(adminUrl, TEMPLATE_DATABASE);
  } catch (error) {
    await server?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }

  project.provide('threatlineAdminUrl', adminUrl);
  project.provide('threatlineTemplate', TEMPLATE_DATABASE);

  return async () => {
    await server?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
}
