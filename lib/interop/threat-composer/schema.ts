import { z } from 'zod';

// The parts of Threat Composer's exchange format (schema v1) the importer reads. Limits are a
// little above the published schema's so slightly out-of-spec files still import; anything
// larger is refused rather than truncated silently.

const str = (max: number) => z.string().max(max, `Text longer than ${max} characters.`);
const metadata = z
  .array(z.object({ key: str(100), value: z.union([str(10_000), z.array(str(1000)).max(100)]) }))
  .max(200)
  .optional();
const tags = z.array(str(200)).max(200).optional();
const list = <T extends z.ZodType>(item: T) => z.array(item).max(20_000).optional();

export const tcThreatSchema = z.object({
  id: str(100),
  numericId: z.number().finite(),
  metadata,
  tags,
  threatSource: str(2000).optional(),
  prerequisites: str(2000).optional(),
  threatAction: str(2000).optional(),
  threatImpact: str(2000).optional(),
  impactedGoal: z.array(str(2000)).max(100).optional(),
  impactedAssets: z.array(str(2000)).max(100).optional(),
  statement: str(10_000).optional(),
  customTemplate: str(2000).optional(),
  status: str(100).optional(),
});

const tcContentSchema = z.object({ id: str(100), numericId: z.number().finite(), metadata, tags, content: str(10_000), status: str(100).optional() });

const text = z.object({ description: str(100_000).optional(), image: z.string().max(2_000_000).optional() });

export const threatComposerSchema = z.object({
  schema: z.number().finite(),
  applicationInfo: z.object({ name: str(1000).optional(), description: str(100_000).optional() }).optional(),
  architecture: text.optional(),
  dataflow: text.optional(),
  assumptions: list(tcContentSchema),
  mitigations: list(tcContentSchema),
  threats: list(tcThreatSchema),
  assumptionLinks: list(z.object({ type: str(40), assumptionId: str(100), linkedId: str(100) })),
  mitigationLinks: list(z.object({ mitigationId: str(100), linkedId: str(100) })),
  brainstorm: z.record(z.string().max(100), z.array(z.unknown()).max(20_000)).optional(),
});

export type TcFile = z.output<typeof threatComposerSchema>;
export type TcThreat = z.output<typeof tcThreatSchema>;
export type TcContent = z.output<typeof tcContentSchema>;
