import { z } from 'zod';

// The inspector form is generated from FieldDefs and validated by the zod schema built from the
// same spec (see defineProps), so a field can never exist in the form but not in the schema.

export type FieldType = 'text' | 'textarea' | 'boolean' | 'select' | 'tags' | 'url';

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  options?: FieldOption[];
  help?: string;
}

export const TEXT_MAX = 500;
export const TEXTAREA_MAX = 5000;
export const URL_MAX = 2000;
export const TAG_MAX = 40;
export const TAGS_MAX = 30;

/**
 * Yes/no questions are tri-state rather than booleans. A new element knows nothing, and "we have not
 * checked" must not read as "no": rules treat a recorded 'no' as a finding and a missing or
 * 'unknown' answer as an open question. Absent (undefined) and 'unknown' mean the same thing;
 * 'unknown' exists so the form can record that someone asked and nobody knew.
 */
export const triStates = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof triStates)[number];
export const triStateOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Unknown' },
] as const satisfies readonly FieldOption[];

/** Reads a stored tri-state answer, treating anything unrecorded as unknown. */
export function triState(value: unknown): TriState {
  return value === 'yes' || value === 'no' ? value : 'unknown';
}

export interface PropSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  field: Omit<FieldDef, 'key'>;
}

// Control characters in a single-line value break CSV/Markdown exports and can hide text.
const hasControl = (s: string) => /[\u0000-\u001f\u007f]/.test(s);
// Newlines and tabs are fine in multi-line text; other control characters are not.
const hasControlExceptWhitespace = (s: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    // Other schemes (javascript:, data:, file:) are refused because these values become links.
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}

export function text(label: string, help?: string, max = TEXT_MAX) {
  return {
    schema: z
      .string({ message: `${label} must be text.` })
      .trim()
      .max(max, `${label} must be at most ${max} characters.`)
      .refine((s) => !hasControl(s), `${label} cannot contain control characters.`)
      .optional(),
    field: { label, type: 'text' as const, ...(help ? { help } : {}) },
  };
}

export function textarea(label: string, help?: string, max = TEXTAREA_MAX) {
  return {
    schema: z
      .string({ message: `${label} must be text.` })
      .max(max, `${label} must be at most ${max} characters.`)
      .refine((s) => !hasControlExceptWhitespace(s), `${label} cannot contain control characters.`)
      .optional(),
    field: { label, type: 'textarea' as const, ...(help ? { help } : {}) },
  };
}

/** An empty string is accepted so that clearing the field in a form is not an error. */
export function url(label: string, help?: string) {
  return {
    schema: z
      .string({ message: `${label} must be text.` })
      .trim()
      .max(URL_MAX, `${label} must be at most ${URL_MAX} characters.`)
      .refine((s) => s === '' || isHttpUrl(s), `${label} must be a full web address starting with https://.`)
      .optional(),
    field: { label, type: 'url' as const, ...(help ? { help } : {}) },
  };
}

export function tags(label = 'Tags', help?: string) {
  return {
    schema: z
      .array(
        z
          .string({ message: 'Each tag must be text.' })
          .trim()
          .min(1, 'Tags cannot be empty.')
          .max(TAG_MAX, `Each tag must be at most ${TAG_MAX} characters.`)
          .refine((s) => !hasControl(s), 'Tags cannot contain control characters.'),
        { message: `${label} must be a list.` },
      )
      .max(TAGS_MAX, `At most ${TAGS_MAX} tags.`)
      .optional(),
    field: { label, type: 'tags' as const, ...(help ? { help } : {}) },
  };
}

export function select<const V extends string>(label: string, options: readonly { value: V; label: string }[], help?: string) {
  const values = options.map((o) => o.value) as unknown as readonly [V, ...V[]];
  const names = options.map((o) => o.label).join(', ');
  return {
    schema: z.enum(values, { message: `${label} must be one of: ${names}.` }).optional(),
    field: {
      label,
      type: 'select' as const,
      options: options.map((o) => ({ value: o.value, label: o.label })),
      ...(help ? { help } : {}),
    },
  };
}

export function yesNo(label: string, help?: string) {
  return select(label, triStateOptions, help);
}

type Shape<P extends Record<string, PropSpec>> = { [K in keyof P]: P[K]['schema'] };

/** Builds a kind's properties schema and its form fields from one ordered spec. */
export function defineProps<P extends Record<string, PropSpec>>(props: P) {
  const shape: Record<string, z.ZodType> = {};
  const fields: FieldDef[] = [];
  for (const [key, spec] of Object.entries(props)) {
    shape[key] = spec.schema;
    fields.push({ key, ...spec.field });
  }
  return { propertiesSchema: z.object(shape as Shape<P>), fields };
}
