// Guards against editing prisma/schema.prisma without a migration (or hand-editing a migration
// so it no longer produces the schema it claims to).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsDir, defaultSchemaPath, diffSchemas, readMigrations } from '@/scripts/lib/migrator';
import { lastMigration } from '@/scripts/lib/new-migration';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, dropDatabase } from '../integration/databases.ts';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Tables, columns, constraints, indexes and enums of the public schema, in a stable order. */
function catalog(url: string) {
  return withClient(url, async (client) => {
    const rows = async (sql: string) => (await client.query(sql)).rows;
    return {
      columns: await rows(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name, column_name`),
      constraints: await rows(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1, 2`),
      indexes: await rows(`SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
      enums: await rows(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e
        JOIN pg_type t ON t.oid = e.enumtypid ORDER BY 1, 3`),
    };
  });
}

const schema = readFileSync(defaultSchemaPath, 'utf8');

describe('committed migrations', () => {
  it('end at the current schema (run `npm run db:migration -- <name>` after editing schema.prisma)', async () => {
    const last = lastMigration(defaultMigrationsDir);
    expect(last, 'prisma/migrations has no migrations').not.toBeNull();
    expect(await diffSchemas(last?.schema ?? null, schema)).toBe('');
  });

  it('produce, when applied, exactly the database the schema describes', async () => {
    // The engine cannot introspect through the pg adapter here ("Column type 'char' could not be
    // deserialized"), so compare catalogs instead: this file's database (a copy of the template
    // the migrations built) against one built straight from the schema's create-from-empty SQL.
    const migrated = process.env.DATABASE_URL;
    if (!migrated) throw new Error('DATABASE_URL should be set by tests/integration/setup-db.ts');
    const adminUrl = inject('threatlineAdminUrl');
    const direct = await createDatabase(adminUrl);
    try {
      await withClient(direct, async (client) => {
        await client.query(await diffSchemas(null, schema));
      });
      expect(await catalog(migrated)).toEqual(await catalog(direct));
    } finally {
      await dropDatabase(adminUrl, new URL(direct).pathname.slice(1));
    }
  });

  it('every migration folder keeps the schema it produced', () => {
    for (const dir of readMigrations().migrationDirectories) {
      expect(() => readFileSync(`${defaultMigrationsDir}/${dir.path}/schema.prisma`)).not.toThrow();
    }
  });
});
