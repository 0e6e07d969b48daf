import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import type { Actor } from './actor';
import { authOptions } from './auth';
import { getDb } from './db';

/**
 * Resolves the signed-in user for this request, or null. The user row is re-read so that a
 * deleted account's still-valid JWT grants nothing. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true },
  });
  return user ? { userId: user.id, email: user.email, name: user.name } : null;
});
