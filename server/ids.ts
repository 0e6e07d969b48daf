import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** Unguessable, URL-safe ids for rows we create ourselves (duplication keeps id maps). */
export function newId(): string {
  return `c${randomBytes(12).toString('base64url').replace(/[-_]/g, '').toLowerCase().slice(0, 20)}${Date.now().toString(36)}`;
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function shortSuffix(): string {
  return randomBytes(4).toString('hex').slice(0, 6);
}
