import { z } from 'zod';
import { controlTypeSchema, dueDateSchema, mitigationStatusSchema } from '../../domain/mitigation';
import { strideLetters, threatSources, threatStatusSchema } from '../../domain/threat';
import { documentMitigationSchema, documentThreatSchema } from '../../exchange/model-document';

// What Threatline writes under `attributes.threatline` in an OTM export, so a file we wrote comes
// back whole. Read back leniently: a value that does not parse is ignored (and reported), never trusted.

export const ATTR = 'threatline';

const date = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'Not a date.');

export const elementAttrSchema = z.object({ kind: z.string().max(64), properties: z.record(z.string().max(64), z.unknown()) });
export const boundaryAttrSchema = z.object({ kind: z.string().max(64).optional(), properties: z.record(z.string().max(64), z.unknown()).optional(), outside: z.literal(true).optional() });
export const flowAttrSchema = z.object({ properties: z.record(z.string().max(64), z.unknown()) });

export const threatAttrSchema = documentThreatSchema
  .pick({ category: true, references: true, owner: true, rationale: true, catalogueId: true, ruleId: true, triggerRetired: true, createdAt: true, statusHistory: true, likelihood: true, impact: true })
  .extend({
    title: z.string().max(200),
    status: threatStatusSchema,
    stride: z.array(z.enum(strideLetters)).max(6),
    source: z.enum(threatSources),
    createdAt: date,
    statusHistory: z.array(z.object({ from: threatStatusSchema.nullable(), to: threatStatusSchema, at: date, actor: z.string().max(254).nullable() })).max(10_000),
  })
  .partial();

export const mitigationAttrSchema = documentMitigationSchema
  .pick({ owner: true, rejectionReason: true, ticketUrl: true, evidence: true, evidenceLinks: true, catalogueId: true, history: true, title: true })
  .extend({
    controlType: controlTypeSchema,
    status: mitigationStatusSchema,
    dueDate: dueDateSchema.nullable(),
    history: z.array(z.object({ field: z.enum(['status', 'owner', 'dueDate']), from: z.string().max(254).nullable(), to: z.string().max(254).nullable(), at: date, actor: z.string().max(254).nullable() })).max(10_000),
    links: z.array(z.object({ threat: z.string().max(200), likelihoodReduction: z.number().int().min(0).max(4), impactReduction: z.number().int().min(0).max(4) })).max(5000),
  })
  .partial();

/** `attributes.threatline` parsed with the schema, or null (absent or not ours). */
export function readAttr<S extends z.ZodType>(attributes: Record<string, unknown> | null | undefined, schema: S): z.output<S> | null {
  const raw = attributes?.[ATTR];
  if (raw === undefined) return null;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
