import type { z } from 'zod';
import type { FieldDef } from '../fields';

// Shared by the element, boundary and flow schema tests (not imported by application code).

/** A valid value for every field, derived from the field definitions alone. */
export function sampleValues(fields: readonly FieldDef[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    switch (f.type) {
      case 'text':
        out[f.key] = `Sample ${f.label}`;
        break;
      case 'textarea':
        out[f.key] = `First line about ${f.label}\nSecond line`;
        break;
      case 'boolean':
        out[f.key] = true;
        break;
      case 'select':
        out[f.key] = f.options?.[0]?.value;
        break;
      case 'tags':
        out[f.key] = ['pii', 'tier-1'];
        break;
      case 'url':
        out[f.key] = 'https://example.com/models/sample';
        break;
    }
  }
  return out;
}

export function schemaKeys(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape).sort();
}

/** The options a select schema accepts, read from the zod enum behind `.optional()`. */
export function enumValues(schema: z.ZodObject, key: string): string[] | undefined {
  const field = schema.shape[key] as unknown as { unwrap?: () => { options?: readonly string[] } };
  return field.unwrap?.().options?.slice();
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const hex = /^#[0-9a-f]{6}$/i;
