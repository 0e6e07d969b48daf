import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations, defaultMigrationsDir, defaultSchemaPath, diffSchemas } from '@/scripts/lib/migrator';
import { lastMigration, normaliseMigrationName, writeNextMigration } from '@/scripts/lib/new-migration';
import { createDatabase, dropDatabase } from '../integration/databases.ts';

const schema = readFileSync(defaultSchemaPath, 'utf8');
const withNickname = schema.replace(/(model User \{\n)/, '$1  nickname String?\n');
const root = path.resolve(defaultMigrationsDir, '..', '..');

describe('diffSchemas', () => {
  it('produces SQL for an added column', async () => {
    expect(withNickname).not.toBe(schema);
    const sql = await diffSchemas(schema, withNickname);
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
  });

  it('produces nothing for an unchanged schema', async () => {
    expect(await diffSchemas(schema, schema)).toBe('');
  });

  it('creates everything from an empty database', async () => {
    expect(await diffSchemas(null, schema)).toContain('CREATE TABLE "User"');
  });
});

describe('db:migration', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'threatline-authoring-'));
  const dir = path.join(work, 'migrations');
  const schemaPath = path.join(work, 'schema.prisma');
  cpSync(defaultMigrationsDir, dir, { recursive: true });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('validates and normalises names', () => {
    expect(normaliseMigrationName('addThreat-tags')).toBe('add_threat_tags');
    expect(() => normaliseMigrationName('drop table;')).toThrow(/Invalid migration name/);
    expect(() => normaliseMigrationName('../x')).toThrow(/Invalid migration name/);
  });

  it('writes nothing when the schema is unchanged', async () => {
    writeFileSync(schemaPath, schema);
    const before = readdirSync(dir);
    expect(await writeNextMigration({ name: 'noop', migrationsDir: dir, schemaPath })).toMatchObject({ status: 'unchanged' });
    expect(readdirSync(dir)).toEqual(before);
  });

  it('writes the next migration folder with its SQL and schema snapshot, which then applies', async () => {
    writeFileSync(schemaPath, withNickname);
    const result = await writeNextMigration({ name: 'add-nickname', migrationsDir: dir, schemaPath, now: new Date('2000-01-01') });
    if (result.status !== 'created') throw new Error('expected a migration');
    // Sorts after the existing ones even though the clock says 2000.
    expect(result.folder).toMatch(/^\d{14}_add_nickname$/);
    expect(readdirSync(dir).filter((f) => f !== 'migration_lock.toml').sort().at(-1)).toBe(result.folder);
    expect(readFileSync(path.join(result.directory, 'migration.sql'), 'utf8')).toContain('"nickname" TEXT');
    expect(readFileSync(path.join(result.directory, 'schema.prisma'), 'utf8')).toBe(withNickname);
    expect(lastMigration(dir)?.folder).toBe(result.folder);

    const adminUrl = inject('threatlineAdminUrl');
    const url = await createDatabase(adminUrl);
    try {
      const applied = await applyMigrations(url, { migrationsDir: dir });
      expect(applied.at(-1)).toBe(result.folder);
    } finally {
      await dropDatabase(adminUrl, new URL(url).pathname.slice(1));
    }
  });

  it('works from the command line', async () => {
    const run = promisify(execFile);
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const args = ['scripts/db-migration.ts', '--schema', schemaPath, '--dir', dir];
    const same = await run(tsx, [...args, 'again'], { cwd: root });
    expect(same.stdout).toContain('No schema changes');

    writeFileSync(schemaPath, withNickname.replace('nickname String?', 'nickname String?\n  pronouns String?'));
    const created = await run(tsx, [...args, 'add_pronouns'], { cwd: root });
    expect(created.stdout).toMatch(/Created .*_add_pronouns/);
    expect(readdirSync(dir).some((f) => f.endsWith('_add_pronouns') && existsSync(path.join(dir, f, 'schema.prisma')))).toBe(true);

    const invalid = await run(tsx, [...args, 'bad;name'], { cwd: root }).catch((e: { code: number; stderr: string }) => e);
    expect(invalid).toMatchObject({ code: 1 });
    expect((invalid as { stderr: string }).stderr).toContain('Invalid migration name');
  });
});
