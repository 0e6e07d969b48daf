// npm run db:migration -- <name> [--schema <path>] [--dir <migrations dir>]
// Writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql from the difference between the
// schema the previous migration produced and prisma/schema.prisma (no database needed).
import path from 'node:path';
import { writeNextMigration } from './lib/new-migration.ts';

function option(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const flags = new Set(['--schema', '--dir']);
  const name = args.find((arg, i) => !arg.startsWith('--') && !flags.has(args[i - 1] ?? ''));
  if (!name) {
    console.error('Usage: npm run db:migration -- <name>   (letters, digits, underscores, dashes)');
    return 2;
  }
  const schemaPath = option(args, '--schema');
  const migrationsDir = option(args, '--dir');
  try {
    const result = await writeNextMigration({
      name,
      schemaPath: schemaPath ? path.resolve(schemaPath) : undefined,
      migrationsDir: migrationsDir ? path.resolve(migrationsDir) : undefined,
    });
    if (result.status === 'unchanged') {
      console.log(`No schema changes since ${result.against ?? 'an empty database'}; nothing written.`);
      return 0;
    }
    console.log(`Created ${path.relative(process.cwd(), result.directory)}/migration.sql:\n`);
    console.log(result.sql.trim());
    console.log('\nReview it (data migrations, defaults for new NOT NULL columns), then run: npm run db:migrate');
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

process.exitCode = await main();
