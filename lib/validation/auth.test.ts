import { describe, expect, it } from 'vitest';
import { passwordSchema, signUpSchema } from './auth';

describe('signUpSchema', () => {
  const valid = { name: 'Ada Lovelace', email: ' Ada@Example.COM ', password: 'correct horse battery staple' };

  it('normalises the email and trims the name', () => {
    const parsed = signUpSchema.parse({ ...valid, name: '  Ada  ' });
    expect(parsed.email).toBe('ada@example.com');
    expect(parsed.name).toBe('Ada');
  });

  it.each([
    ['short', 'Use at least 12 characters.'],
    ['password1234', 'That password is too common. Choose another.'],
    ['aaaaaaaaaaaaaaaa', 'Use a less repetitive password.'],
    ['x'.repeat(129), 'Use at most 128 characters.'],
  ])('rejects the password %j with a clear message', (password, message) => {
    const result = passwordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('rejects a password containing the email name', () => {
    const result = signUpSchema.safeParse({ ...valid, email: 'marianne@example.com', password: 'hello-marianne-2026' });
    expect(result.error?.issues[0]?.path).toEqual(['password']);
  });

  it('reports field errors for a bad email and a blank name', () => {
    const result = signUpSchema.safeParse({ ...valid, email: 'not-an-email', name: '   ' });
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['email', 'name']));
  });

  it('rejects control characters in names', () => {
    expect(signUpSchema.safeParse({ ...valid, name: 'Ada\u0000' }).success).toBe(false);
  });
});
