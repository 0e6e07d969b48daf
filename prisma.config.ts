import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma 7 does not read .env, and `env()` throws when a variable is unset, which would break
// `prisma generate` on a fresh install. Generation needs no database, so fall back to a dummy URL.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/threatline' },
});
