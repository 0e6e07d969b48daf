import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { signUp } from '../users/sign-up';
import { authenticateCredentials, WRONG_CREDENTIALS } from './credentials';

const attempt = (email: string, password: string, ip: string) =>
  authenticateCredentials({ email, password }, ip).then(
    (u) => ({ ok: true as const, id: u.id }),
    (e: Error) => ({ ok: false as const, message: e.message }),
  );

describe('sign-up and sign-in', () => {
  it('hashes passwords with argon2id and signs in case-insensitively', async () => {
    const user = await signUp({ name: 'Ada', email: 'ada@example.test', password: 'analytical engine notes' }, '192.0.2.1');
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain('analytical');
    expect(await attempt('ADA@example.test', 'analytical engine notes', '192.0.2.1')).toEqual({ ok: true, id: user.id });
  });

  it('refuses a second account with the same email', async () => {
    await signUp({ name: 'A', email: 'dup@example.test', password: 'first passphrase here' }, '192.0.2.2');
    await expect(signUp({ name: 'B', email: 'dup@example.test', password: 'second passphrase here' }, '192.0.2.2')).rejects.toMatchObject({ status: 409 });
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    await signUp({ name: 'C', email: 'carol@example.test', password: 'carols long passphrase' }, '192.0.2.3');
    expect(await attempt('carol@example.test', 'wrong password!!', '192.0.2.3')).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(await attempt('nobody@example.test', 'wrong password!!', '192.0.2.3')).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  });

  it('locks an account after 5 failures, even with the right password, and says for how long', async () => {
    await signUp({ name: 'D', email: 'dave@example.test', password: 'daves long passphrase' }, '192.0.2.4');
    for (let i = 0; i < 5; i++) {
      // Different addresses: the per-account limit must hold on its own.
      expect((await attempt('dave@example.test', `wrong ${i} attempt`, `198.51.100.${i}`)).ok).toBe(false);
    }
    const locked = await attempt('dave@example.test', 'daves long passphrase', '198.51.100.99');
    expect(locked).toEqual({ ok: false, message: expect.stringMatching(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./) });
  });

  it('limits failures per client address across accounts', async () => {
    for (let i = 0; i < 30; i++) await attempt(`spray${i}@example.test`, 'guess guess guess', '203.0.113.7');
    const user = await signUp({ name: 'E', email: 'erin@example.test', password: 'erins long passphrase' }, '192.0.2.5');
    expect(await attempt('erin@example.test', 'erins long passphrase', '203.0.113.7')).toMatchObject({ ok: false, message: expect.stringContaining('Too many') });
    expect(await attempt('erin@example.test', 'erins long passphrase', '192.0.2.5')).toEqual({ ok: true, id: user.id });
  });

  it('resets the account counter after a successful sign-in', async () => {
    await signUp({ name: 'F', email: 'fay@example.test', password: 'fays long passphrase' }, '192.0.2.6');
    for (let i = 0; i < 4; i++) await attempt('fay@example.test', 'nope nope nope', `198.51.100.${50 + i}`);
    expect((await attempt('fay@example.test', 'fays long passphrase', '192.0.2.6')).ok).toBe(true);
    for (let i = 0; i < 4; i++) await attempt('fay@example.test', 'nope nope nope', `198.51.100.${60 + i}`);
    expect((await attempt('fay@example.test', 'fays long passphrase', '192.0.2.6')).ok).toBe(true);
  });

  it('limits sign-ups per address', async () => {
    for (let i = 0; i < 10; i++) await signUp({ name: 'S', email: `s${i}@example.test`, password: 'some long passphrase' }, '192.0.2.77');
    await expect(signUp({ name: 'S', email: 's10@example.test', password: 'some long passphrase' }, '192.0.2.77')).rejects.toMatchObject({ status: 429 });
  });
});
