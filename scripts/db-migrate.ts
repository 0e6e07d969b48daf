// npm run db:migrate [-- --rolled-back <migration>] [--dir <migrations dir>]
// Applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL when it is unset.
import path from 'node:path';
import { openLocalDatabase } from './lib/local-db.ts';
import { MigrationError, applyMigrations, markRolledBack } from './lib/migrator.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const rolledBackAt = args.indexOf('--rolled-back');
  const rolledBack = rolledBackAt >= 0 ? args[rolledBackAt + 1] : undefined;
  if (rolledBackAt >= 0 && !rolledBack) {
    console.error('Usage: npm run db:migrate -- --rolled-back <migration folder name>');
    return 2;
  }

  const dirAt = args.indexOf('--dir');
  const migrationsDir = dirAt >= 0 ? path.resolve(args[dirAt + 1] ?? '.') : undefined;

  const db = await openLocalDatabase({ log: (line) => console.log(line) });
  try {
    console.log(`Migrating ${db.description}`);
    if (rolledBack) {
      await markRolledBack(db.url, rolledBack);
      console.log(`Marked ${rolledBack} as rolled back; it will be applied again by the next migrate.`);
      return 0;
    }
    const applied = await applyMigrations(db.url, { migrationsDir, log: (line) => console.warn(line) });
    if (applied.length === 0) console.log('Database is up to date.');
    else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  - ${name}`).join('\n')}`);
    return 0;
  } catch (error) {
    console.error(error instanceof MigrationError ? `\n${error.message}` : error);
    return 1;
  } finally {
    await db.stop();
  }
}

process.exitCode = await main();
