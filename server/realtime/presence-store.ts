import 'server-only';
import type { Prisma } from '@/prisma/generated/client';
import { getDb, type Db, type Tx } from '../db';
import { PRESENCE_CHANNEL } from './hub';

// Presence rows (one per open live connection) live in PostgreSQL so every instance sees every
// viewer; a NOTIFY tells the instances to re-read a model's list. Not audited: presence is
// ephemeral state about connections, not a change to anything a user owns.

export async function notifyPresence(db: Db | Tx, modelId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${modelId})`;
}

export async function addPresence(row: Prisma.PresenceUncheckedCreateInput): Promise<void> {
  const db = getDb();
  await db.presence.create({ data: row });
  await notifyPresence(db, row.modelId);
}

export async function removePresence(connectionId: string, modelId: string): Promise<void> {
  const db = getDb();
  await db.presence.deleteMany({ where: { connectionId } });
  await notifyPresence(db, modelId);
}

/** Heartbeat for this instance's connections; also clears rows long abandoned by dead instances. */
export async function touchPresence(connectionIds: string[]): Promise<void> {
  const db = getDb();
  if (connectionIds.length) await db.presence.updateMany({ where: { connectionId: { in: connectionIds } }, data: { lastSeen: new Date() } });
  await db.presence.deleteMany({ where: { lastSeen: { lt: new Date(Date.now() - 10 * 60_000) } } });
}
