import 'server-only';
import { signInSchema } from '@/lib/validation/auth';
import { getDb } from '../db';
import { AppError } from '../errors';
import { assertLoginAllowed, recordLoginFailure, recordLoginSuccess } from '../rate-limit';
import { burnPasswordCheck, verifyPassword } from './password';

export const WRONG_CREDENTIALS = 'Incorrect email or password.';

export class SignInError extends Error {}

/**
 * Email + password check behind the Credentials provider. Lockouts are checked before the
 * password, failures count per account and per client address, and unknown emails cost the
 * same argon2 work as known ones. Throws SignInError with a message safe to show.
 */
export async function authenticateCredentials(
  credentials: unknown,
  ip: string,
): Promise<{ id: string; email: string; name: string | null }> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) throw new SignInError(WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  try {
    await assertLoginAllowed(email, ip);
  } catch (e) {
    if (e instanceof AppError) throw new SignInError(e.message);
    throw e;
  }
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  let ok = false;
  if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, password);
  else await burnPasswordCheck(password);
  if (!user || !ok) {
    await recordLoginFailure(email, ip);
    throw new SignInError(WRONG_CREDENTIALS);
  }
  await recordLoginSuccess(email);
  return { id: user.id, email: user.email, name: user.name };
}
