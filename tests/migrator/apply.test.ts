import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MigrationError, applyMigrations, defaultMigrationsDir, markRolledBack, readMigrations } from '@/scripts/lib/migrator';
import { createDatabase, dropDatabase } from '../integration/databases.ts';

const adminUrl = inject('threatlineAdminUrl');
const created: string[] = [];

async function emptyDatabase(): Promise<string> {
  const url = await createDatabase(adminUrl);
  created.push(new URL(url).pathname.slice(1));
  return url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of created) await dropDatabase(adminUrl, name);
});

const committed = readMigrations().migrationDirectories.map((dir) => dir.path);

describe('applyMigrations on a fresh database', () => {
  it('creates every table and records each migration with its checksum', async () => {
    const url = await emptyDatabase();
    expect(await applyMigrations(url)).toEqual(committed);

    const tables = (await query<{ table_name: string }>(url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).map((row) => row.table_name);
    for (const table of ['User', 'Account', 'Session', 'VerificationToken', 'rate_limits', 'Workspace', 'Membership',
      'Invitation', 'ThreatModel', 'Boundary', 'Element', 'Flow', 'Threat', 'Mitigation', 'ThreatMitigation',
      'MitigationStatusChange', 'Comment', 'Snapshot', 'AuditEvent', '_prisma_migrations']) {
      expect(tables).toContain(table);
    }

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      url, 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at');
    expect(rows.map((row) => row.migration_name)).toEqual(committed);
    for (const row of rows) {
      const sql = readFileSync(path.join(defaultMigrationsDir, row.migration_name, 'migration.sql'));
      // Same checksum the native CLI computes, so `prisma migrate status` sees no edited migrations.
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }

    // Idempotent: a second run applies nothing and records nothing.
    expect(await applyMigrations(url)).toEqual([]);
    expect(await query(url, 'SELECT 1 FROM _prisma_migrations')).toHaveLength(committed.length);
  });
});

describe('a failing migration', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'threatline-migrations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  cpSync(defaultMigrationsDir, dir, { recursive: true });
  const bad = '29990101000000_broken';
  const good = '29990102000000_after_broken';
  const write = (name: string, sql: string) => {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  };
  // A table, a DO block (';' inside $$, which a naive split would break), then an error.
  write(bad, `CREATE TABLE "half_done" ("id" INTEGER);\nDO $$ BEGIN PERFORM 1; END $$;\nALTER TABLE "no_such_table" ADD COLUMN "x" INTEGER;\n`);
  write(good, `CREATE TABLE "after_broken" ("id" INTEGER);\n`);

  it('names the migration and the database error, applies nothing of it, and stops there', async () => {
    const url = await emptyDatabase();
    const error = await applyMigrations(url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe(bad);
    expect((error as Error).message).toContain(`Migration ${bad} failed`);
    expect((error as Error).message).toContain('relation "no_such_table" does not exist');

    const [state] = await query<{ half: string | null; after: string | null; users: string | null }>(url,
      `SELECT to_regclass('"half_done"') AS half, to_regclass('"after_broken"') AS after, to_regclass('"User"') AS users`);
    expect(state).toEqual({ half: null, after: null, users: '"User"' });

    const rows = await query<{ migration_name: string; finished_at: Date | null }>(url,
      `SELECT migration_name, finished_at FROM _prisma_migrations WHERE migration_name IN ('${bad}', '${good}')`);
    expect(rows).toEqual([{ migration_name: bad, finished_at: null }]);

    // The next run refuses, explaining how to recover.
    const again = await applyMigrations(url, { migrationsDir: dir }).catch((e: unknown) => e);
    expect((again as Error).message).toContain(`Migration ${bad} failed in an earlier run`);
    expect((again as Error).message).toContain(`--rolled-back ${bad}`);

    // Recovery: fix the script, mark the failed attempt rolled back, migrate again.
    write(bad, `CREATE TABLE "half_done" ("id" INTEGER);\n`);
    await markRolledBack(url, bad);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual([bad, good]);
  });
});
