import { z } from 'zod';
import { emailSchema, nameSchema } from './common';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// A short deny-list of the passwords every credential-stuffing list starts with; length does the rest.
const common = new Set([
  'password1234', 'password12345', 'passwordpassword', '123456789012', '1234567890123',
  'qwertyuiopasdf', 'qwerty123456', 'iloveyou1234', 'letmein12345', 'welcome12345',
  'administrator', 'changeme1234', 'threatline123', 'threatline1234',
]);

export const passwordSchema = z
  .string({ message: 'Password is required.' })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !common.has(p.toLowerCase()), 'That password is too common. Choose another.')
  .refine((p) => new Set(p).size >= 5, 'Use a less repetitive password.');

export const signUpSchema = z
  .object({
    name: nameSchema('Name', 80),
    email: emailSchema,
    password: passwordSchema,
  })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split('@')[0] ?? '\u0000'), {
    path: ['password'],
    message: 'Your password must not contain your email address.',
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX),
});
