import 'server-only';
import type { SignUpInput } from '@/lib/validation/auth';
import { hashPassword } from '../auth/password';
import { getDb } from '../db';
import { ConflictError } from '../errors';
import { writeAudit } from '../audit';
import { consumeSignUp } from '../rate-limit';

export interface SignedUpUser {
  id: string;
  email: string;
  name: string | null;
}

/** Public: creates an email/password account. Rate-limited per client address. */
export async function signUp(input: SignUpInput, ip: string): Promise<SignedUpUser> {
  await consumeSignUp(ip);
  const db = getDb();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true, email: true, name: true },
      });
      await writeAudit(tx, {
        workspaceId: null,
        actorId: user.id,
        action: 'user.sign_up',
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email, name: user.name },
      });
      return user;
    });
  } catch (e) {
    if ((e as { code?: string }).code === 'P2002') {
      throw new ConflictError('An account with this email already exists. Sign in instead.');
    }
    throw e;
  }
}
