import { z } from 'zod';

/** Trimmed single-line text with no control characters. */
export function nameSchema(label: string, max = 120) {
  return z
    .string({ message: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), `${label} cannot contain control characters.`);
}

export const idSchema = z
  .string({ message: 'An id is required.' })
  .min(1, 'An id is required.')
  .max(64, 'That id is too long.')
  .regex(/^[A-Za-z0-9_-]+$/, 'That id is not valid.');

export const versionSchema = z.number({ message: 'A version is required.' }).int().positive();

export const emailSchema = z
  .string({ message: 'Email is required.' })
  .trim()
  .toLowerCase()
  .min(3, 'Enter an email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email({ message: 'Enter a valid email address.' }));

export const descriptionSchema = z
  .string()
  .max(10_000, 'Description must be at most 10,000 characters.')
  .transform((s) => s.replace(/\r\n/g, '\n').trim());
