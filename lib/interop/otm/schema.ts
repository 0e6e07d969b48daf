import { z } from 'zod';

// The parts of Open Threat Model (0.1/0.2) the importer reads, with the published schema's
// required fields and types and size limits of our own. `properties` is not in the OTM schema but
// tools (Threat Dragon's MTMT conversion, IriusRisk StartLeft) write it; it is read like `attributes`.

const str = (max: number) => z.string().max(max, `Text longer than ${max} characters.`);
const opt = <T extends z.ZodType>(t: T) => t.nullish();
const list = <T extends z.ZodType>(item: T, max = 20_000) => z.array(item).max(max).nullish();
const bag = z.record(z.string().max(200), z.unknown()).nullish();

const size = opt(z.object({ width: z.number().finite(), height: z.number().finite() }));
const representation = z.object({
  representation: str(200),
  id: str(200),
  name: opt(str(1000)),
  position: opt(z.object({ x: z.number().finite(), y: z.number().finite() })),
  size,
});
const parent = z.object({ trustZone: str(200).optional(), component: str(200).optional() }).refine((p) => !!p.trustZone !== !!p.component, 'A parent names either a trust zone or a component.');
const threatInstance = z.object({
  threat: str(200),
  state: str(100),
  mitigations: z.array(z.object({ mitigation: opt(str(200)), state: opt(str(100)) }).nullable()).max(1000).nullish(),
});
const tags = list(z.string().max(1000).nullable(), 200);

export const otmSchema = z.object({
  otmVersion: str(20),
  project: z.object({
    name: str(1000),
    id: str(200),
    description: opt(str(100_000)),
    owner: opt(str(1000)),
    ownerContact: opt(str(1000)),
    tags,
    attributes: bag,
  }),
  representations: list(z.object({ name: str(1000), id: str(200), type: str(100) }).loose(), 100),
  assets: list(z.object({ name: str(1000), id: str(200), description: opt(str(10_000)) }).loose()),
  trustZones: list(
    z.object({
      id: str(200),
      name: str(1000),
      type: opt(str(200)),
      description: opt(str(10_000)),
      risk: z.object({ trustRating: z.number().finite() }),
      parent: opt(parent),
      representations: list(representation, 100),
      attributes: bag,
      properties: bag,
    }),
    5000,
  ),
  components: list(
    z.object({
      id: str(200),
      name: str(1000),
      type: str(200),
      description: opt(str(10_000)),
      parent,
      representations: list(representation, 100),
      assets: opt(z.object({ processed: list(z.string().max(200).nullable(), 1000), stored: list(z.string().max(200).nullable(), 1000) })),
      threats: list(threatInstance, 5000),
      tags,
      attributes: bag,
      properties: bag,
    }),
    10_000,
  ),
  dataflows: list(
    z.object({
      id: str(200),
      name: str(1000),
      description: opt(str(10_000)),
      bidirectional: opt(z.boolean()),
      source: str(200),
      destination: str(200),
      assets: list(z.string().max(200).nullable(), 1000),
      threats: list(threatInstance, 5000),
      tags,
      attributes: bag,
      properties: bag,
    }),
  ),
  threats: list(
    z.object({
      id: str(200),
      name: str(1000),
      description: opt(str(10_000)),
      categories: list(z.string().max(200).nullable(), 100),
      cwes: list(z.string().max(200).nullable(), 100),
      risk: z.object({ likelihood: opt(z.number().finite()), likelihoodComment: opt(str(5000)), impact: z.number().finite(), impactComment: opt(str(5000)) }),
      tags,
      attributes: bag,
    }),
  ),
  mitigations: list(
    z.object({ id: str(200), name: str(1000), description: opt(str(10_000)), riskReduction: z.number().finite(), attributes: bag }),
  ),
});

export type OtmFile = z.output<typeof otmSchema>;
export type OtmThreatInstance = z.output<typeof threatInstance>;
