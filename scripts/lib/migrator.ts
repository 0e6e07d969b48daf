// Applying and authoring Prisma migrations with the WebAssembly schema engine (the native engine
// cannot be downloaded here). Migrations keep Prisma's standard layout and are recorded in
// `_prisma_migrations` by the engine itself, so a native `prisma migrate deploy/status` agrees.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { MigrationList, SchemaFilter } from '@prisma/schema-engine-wasm';
import pg, { type DatabaseError } from 'pg';
import { projectRoot } from './data-dir.ts';
import { openEngine } from './schema-engine.ts';

export const defaultMigrationsDir = path.join(projectRoot, 'prisma', 'migrations');
export const defaultSchemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };
// The engine only reads the datasource provider from the schema when applying migrations.
const providerOnlySchema = 'datasource db {\n  provider = "postgresql"\n}\n';

/**
 * Reads a migrations directory exactly as the Prisma CLI does (every sub-directory is a
 * migration whose `migration.sql` is read; other files in it are ignored; sorted by name), so
 * checksums and ordering match a native `prisma migrate deploy`.
 */
export function readMigrations(dir: string = defaultMigrationsDir): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const entries = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [];
  const migrationDirectories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      let content: MigrationList['migrationDirectories'][number]['migrationFile']['content'];
      try {
        content = { tag: 'ok', value: readFileSync(file, 'utf8') };
      } catch (error) {
        content = { tag: 'error', value: (error as Error).message };
      }
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    });
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migrationName?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface ApplyOptions {
  migrationsDir?: string;
  log?: (line: string) => void;
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(url: string, options: ApplyOptions = {}): Promise<string[]> {
  const migrationsList = readMigrations(options.migrationsDir);
  const log = options.log ?? (() => undefined);
  const { engine, close, lastScriptError } = await openEngine({ url, schema: providerOnlySchema });
  try {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    const [failed] = diagnosis.failedMigrationNames;
    if (failed) throw new MigrationError(await describeFailed(url, failed, migrationsList.baseDir), failed);
    for (const name of diagnosis.editedMigrationNames) {
      log(`Warning: migration ${name} was edited after it was applied (checksum differs).`);
    }
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return appliedMigrationNames;
    } catch (error) {
      throw explainApplyError(error, migrationsList, lastScriptError());
    }
  } finally {
    await close();
  }
}

/** Marks a failed migration as rolled back (what `prisma migrate resolve --rolled-back` does). */
export async function markRolledBack(url: string, migrationName: string): Promise<void> {
  const { engine, close } = await openEngine({ url, schema: providerOnlySchema });
  try {
    await engine.markMigrationRolledBack({ migrationName });
  } finally {
    await close();
  }
}

/** SQL turning the database of `fromSchema` (null = empty database) into that of `toSchema`. '' when equal. */
export async function diffSchemas(fromSchema: string | null, toSchema: string): Promise<string> {
  const { engine, close } = await openEngine({ schema: toSchema });
  try {
    const result = await engine.diff({
      from: fromSchema === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fromSchema }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: toSchema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? '';
    // An empty diff comes back as a comment-only script.
    const statements = sql.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('--'));
    return statements.length === 0 ? '' : sql;
  } finally {
    await close();
  }
}

const fixHint = (name: string, baseDir: string) =>
  `To recover: undo whatever part of ${name} reached the database (PostgreSQL normally rolled it back), ` +
  `fix ${path.relative(process.cwd(), path.join(baseDir, name, 'migration.sql'))} if it is wrong, then run\n` +
  `  npm run db:migrate -- --rolled-back ${name}\n` +
  `and migrate again. (Equivalent to \`prisma migrate resolve --rolled-back ${name}\`.)`;

async function describeFailed(url: string, name: string, baseDir: string): Promise<string> {
  const logs = await failedMigrationLogs(url, name);
  return (
    `Migration ${name} failed in an earlier run and is recorded as failed in _prisma_migrations; ` +
    `no further migrations will be applied until it is resolved.\n` +
    (logs ? `Recorded error: ${withoutEngineTrace(logs)}\n` : '') +
    fixHint(name, baseDir)
  );
}

async function failedMigrationLogs(url: string, name: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ logs: string | null }>(
      `SELECT logs FROM _prisma_migrations
        WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL
        ORDER BY started_at DESC LIMIT 1`,
      [name],
    );
    return result.rows[0]?.logs ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The engine's logs end in a Rust span trace ("   0: sql_schema_connector::...") nobody needs. */
function withoutEngineTrace(text: string): string {
  const lines = text.split('\n');
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  return (traceStart >= 0 ? lines.slice(0, traceStart) : lines)
    .filter((line) => line.trim() !== 'external connector error')
    .join('\n')
    .trim();
}

/** Turns the engine's error into one that names the migration, the database error and its line. */
function explainApplyError(error: unknown, list: MigrationList, dbError: DatabaseError | undefined): Error {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
  const name = /migration_name="([^"]+)"/.exec(text)?.[1] ?? /Migration name: (\S+)/.exec(text)?.[1];
  if (!name) return new MigrationError(`Applying migrations failed: ${withoutEngineTrace(text)}`);
  let detail = withoutEngineTrace(text);
  if (dbError) {
    const entry = list.migrationDirectories.find((dir) => dir.path === name);
    const script = entry?.migrationFile.content.tag === 'ok' ? entry.migrationFile.content.value : '';
    const offset = Number(dbError.position);
    const line = offset > 0 ? script.slice(0, offset).split('\n').length : undefined;
    detail =
      `ERROR ${dbError.code ?? ''}: ${dbError.message}` +
      (dbError.detail ? ` (${dbError.detail})` : '') +
      (line ? ` at line ${line} of ${name}/migration.sql` : '');
  }
  return new MigrationError(
    `Migration ${name} failed: ${detail}\nIts changes were rolled back and it is recorded as failed in _prisma_migrations.\n${fixHint(name, list.baseDir)}`,
    name,
  );
}
