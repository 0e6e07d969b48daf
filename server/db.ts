import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/prisma/generated/client';

// One client per process: `next dev` re-evaluates modules per route bundle, so cache it globally.
const globalForPrisma = globalThis as unknown as { threatlinePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database).');
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

export function getDb(): PrismaClient {
  globalForPrisma.threatlinePrisma ??= createClient();
  return globalForPrisma.threatlinePrisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Runs queries one after another and returns their results in order. Inside an interactive
 * transaction all queries share one connection, where concurrent queries are not allowed.
 */
export async function sequential<T extends readonly unknown[]>(tasks: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const out: unknown[] = [];
  for (const task of tasks) out.push(await task());
  return out as unknown as T;
}
