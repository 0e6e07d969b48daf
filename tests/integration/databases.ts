// Creating and dropping per-test databases on the test server. A fresh database is a copy of a
// migrated template (`CREATE DATABASE ... TEMPLATE`), which takes milliseconds instead of
// re-running every migration.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEMPLATE_DATABASE = 'threatline_template';

/** The same server and credentials, another database. */
export function urlForDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function randomDatabaseName(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a database; empty unless `template` is given. Returns its URL. */
export async function createDatabase(
  adminUrl: string,
  options: { name?: string; template?: string } = {},
): Promise<string> {
  const name = options.name ?? randomDatabaseName();
  await withAdmin(adminUrl, async (client) => {
    const template = options.template ? ` TEMPLATE ${client.escapeIdentifier(options.template)}` : '';
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${template}`);
  });
  return urlForDatabase(adminUrl, name);
}

/** Drops a database even if a test left connections open (PostgreSQL 13+ FORCE). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    const id = client.escapeIdentifier(name);
    await client.query(`ALTER DATABASE ${id} WITH is_template false`).catch(() => undefined);
    await client.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
  });
}

/** Marks the migrated template read-only for connections, so copies never race a session on it. */
export async function sealTemplate(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(name)} WITH is_template true ALLOW_CONNECTIONS false`);
  });
}
