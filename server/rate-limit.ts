import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { getDb } from './db';
import { RateLimitedError } from './errors';

// Limits live in PostgreSQL (rate-limiter-flexible's Prisma store) so every app instance shares them.
type Limiter = RateLimiterPrisma;
const limiters = new Map<string, Limiter>();

function limiter(name: string, points: number, durationSeconds: number, blockSeconds: number): Limiter {
  let l = limiters.get(name);
  if (!l) {
    l = new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: 'rateLimit',
      keyPrefix: name,
      points,
      duration: durationSeconds,
      blockDuration: blockSeconds,
      clearExpiredByTimeout: false,
    });
    limiters.set(name, l);
  }
  return l;
}

// Failed sign-ins: 5 per account and 30 per client address in 15 minutes, then a 15-minute block.
const loginByAccount = () => limiter('login-account', 5, 15 * 60, 15 * 60);
const loginByIp = () => limiter('login-ip', 30, 15 * 60, 15 * 60);
// Sign-ups: 10 per address an hour by default (THREATLINE_SIGNUP_LIMIT_PER_HOUR, e.g. behind a
// corporate NAT where a whole office shares one address).
const signUpPerHour = () => Math.max(1, Number.parseInt(process.env.THREATLINE_SIGNUP_LIMIT_PER_HOUR ?? '', 10) || 10);
const signUpByIp = () => limiter('signup-ip', signUpPerHour(), 60 * 60, 60 * 60);

function minutes(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return `${m} minute${m === 1 ? '' : 's'}`;
}

async function blockedFor(l: Limiter, key: string): Promise<number> {
  const res = await l.get(key);
  return res && res.remainingPoints <= 0 ? res.msBeforeNext : 0;
}

/** Throws before the password is even checked when the account or address is locked out. */
export async function assertLoginAllowed(email: string, ip: string): Promise<void> {
  const [account, address] = await Promise.all([
    blockedFor(loginByAccount(), email),
    blockedFor(loginByIp(), ip),
  ]);
  const wait = Math.max(account, address);
  if (wait > 0) {
    throw new RateLimitedError(
      `Too many failed sign-in attempts. Try again in ${minutes(wait)}.`,
      Math.ceil(wait / 1000),
    );
  }
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  await Promise.all([
    loginByAccount().penalty(email, 1),
    loginByIp().penalty(ip, 1),
  ]).catch(() => undefined);
}

export async function recordLoginSuccess(email: string): Promise<void> {
  await loginByAccount().delete(email).catch(() => undefined);
}

export async function consumeSignUp(ip: string): Promise<void> {
  try {
    await signUpByIp().consume(ip, 1);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      throw new RateLimitedError(
        `Too many accounts were created from your network. Try again in ${minutes(e.msBeforeNext)}.`,
        Math.ceil(e.msBeforeNext / 1000),
      );
    }
    throw e;
  }
}
