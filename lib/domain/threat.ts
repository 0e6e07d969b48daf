import { z } from 'zod';
import { idSchema, versionSchema } from '../validation/common';
import { ratingSchema } from './risk';

export const threatStatuses = ['identified', 'mitigating', 'mitigated', 'accepted', 'transferred', 'not-applicable'] as const;
export type ThreatStatus = (typeof threatStatuses)[number];
export const threatStatusSchema = z.enum(threatStatuses, { message: 'Choose a known status.' });
export const threatStatusLabels: Record<ThreatStatus, string> = {
  identified: 'Identified',
  mitigating: 'Mitigating',
  mitigated: 'Mitigated',
  accepted: 'Accepted',
  transferred: 'Transferred',
  'not-applicable': 'Not applicable',
};
/** Statuses that still need work; they count towards open threats and canvas badges. */
export const openThreatStatuses: readonly ThreatStatus[] = ['identified', 'mitigating'];

export const threatSources = ['rule', 'catalogue', 'manual', 'workshop'] as const;
export type ThreatSource = (typeof threatSources)[number];
export const threatSourceLabels: Record<ThreatSource, string> = { rule: 'Rule', catalogue: 'Catalogue', manual: 'Manual', workshop: 'Workshop' };

export const strideLetters = ['S', 'T', 'R', 'I', 'D', 'E'] as const;
export const strideSchema = z.array(z.enum(strideLetters)).max(6).transform((l) => [...new Set(l)]);
export const strideLabels: Record<(typeof strideLetters)[number], string> = {
  S: 'Spoofing', T: 'Tampering', R: 'Repudiation', I: 'Information disclosure', D: 'Denial of service', E: 'Elevation of privilege',
};

const text = (label: string, max: number) => z.string().max(max, `${label} must be at most ${max} characters.`).transform((s) => s.trim());

export const threatReferencesSchema = z
  .record(z.string().max(40), z.array(z.string().max(60)).max(40))
  .refine((r) => Object.keys(r).length <= 12, 'Too many reference groups.');

export const threatTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('element'), id: idSchema }),
  z.object({ type: z.literal('flow'), id: idSchema }),
  z.object({ type: z.literal('model') }),
]);
export type ThreatTarget = z.infer<typeof threatTargetSchema>;

const editable = {
  title: text('Title', 200).pipe(z.string().min(1, 'Title is required.')),
  description: text('Description', 10_000),
  category: text('Category', 80),
  stride: strideSchema,
  references: threatReferencesSchema,
  likelihood: ratingSchema,
  impact: ratingSchema,
  status: threatStatusSchema,
  ownerId: idSchema.nullable(),
  rationale: text('Rationale', 5000),
};

export const createThreatSchema = z.object({
  modelId: idSchema,
  target: threatTargetSchema,
  /** Start from a catalogue threat (its text and references), or write one by hand. */
  catalogueId: z.string().max(40).optional(),
  title: editable.title.optional(),
  description: editable.description.optional(),
  category: editable.category.optional(),
  stride: editable.stride.optional(),
  likelihood: editable.likelihood.optional(),
  impact: editable.impact.optional(),
  rationale: editable.rationale.optional(),
}).refine((v) => v.catalogueId || v.title, { message: 'Give the threat a title or pick one from the catalogue.', path: ['title'] });

/** Labels of the editable fields, for conflict messages. */
export const threatFieldLabels = {
  title: 'Title', description: 'Description', category: 'Category', stride: 'STRIDE', references: 'References',
  likelihood: 'Likelihood', impact: 'Impact', status: 'Status', ownerId: 'Owner', rationale: 'Rationale',
} as const satisfies Record<keyof typeof editable, string>;
export type ThreatField = keyof typeof threatFieldLabels;
/** Free-text fields two people's versions of can be merged by hand. */
export const mergeableThreatFields: readonly ThreatField[] = ['title', 'description', 'rationale'];

/**
 * The values of the changed fields as the editor last saw them (for a field-level merge when the
 * version is stale). Loosely typed: they are compared with what is saved, never written.
 */
export const threatBaseSchema = z
  .object({
    title: z.string().max(10_000),
    description: z.string().max(20_000),
    category: z.string().max(200),
    stride: z.array(z.string().max(4)).max(12),
    references: z.record(z.string().max(40), z.array(z.string().max(60)).max(40)),
    likelihood: z.number().int(),
    impact: z.number().int(),
    status: z.string().max(40),
    ownerId: idSchema.nullable(),
    rationale: z.string().max(10_000),
  })
  .partial();

export const updateThreatSchema = z.object({
  threatId: idSchema,
  version: versionSchema,
  changes: z.object(editable).partial().refine((c) => Object.keys(c).length > 0, 'Nothing to change.'),
  /** Optional: without it a stale version is refused outright (older clients). */
  base: threatBaseSchema.optional(),
});

export const bulkUpdateThreatsSchema = z.object({
  modelId: idSchema,
  threatIds: z.array(idSchema).min(1, 'Select at least one threat.').max(5000),
  changes: z.object({ status: threatStatusSchema, ownerId: idSchema.nullable() }).partial().refine((c) => Object.keys(c).length > 0, 'Nothing to change.'),
});

export const deleteThreatsSchema = z.object({ modelId: idSchema, threatIds: z.array(idSchema).min(1).max(5000) });

export const suggestionDecisionSchema = z.object({
  modelId: idSchema,
  suggestionIds: z.array(idSchema).min(1, 'Select at least one suggestion.').max(5000),
});
export const dismissSuggestionSchema = z.object({
  modelId: idSchema,
  suggestionIds: z.array(idSchema).min(1).max(5000),
  reason: text('Reason', 1000).pipe(z.string().min(3, 'Say why you dismiss it (at least 3 characters).')),
});
