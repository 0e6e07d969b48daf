import { z } from 'zod';

// The parts of a CycloneDX 1.5/1.6 JSON BOM the ML-BOM importer reads. Unknown fields are ignored
// (a BOM can say much more than a threat model holds); the types of what is read are checked.

const str = (max: number) => z.string().max(max, `Text longer than ${max} characters.`);
const list = <T extends z.ZodType>(item: T, max = 10_000) => z.array(item).max(max).optional();
const org = z.object({ name: str(1000).optional(), url: list(str(2000), 100) }).loose();
const property = z.object({ name: str(500), value: str(10_000).optional() });

export const cdxComponentSchema = z.object({
  type: str(60),
  'bom-ref': str(1000).optional(),
  name: str(2000),
  group: str(1000).optional(),
  version: str(1000).optional(),
  description: str(20_000).optional(),
  supplier: org.optional(),
  manufacturer: org.optional(),
  publisher: str(1000).optional(),
  author: str(1000).optional(),
  authors: list(z.object({ name: str(1000).optional(), email: str(1000).optional() }).loose(), 100),
  hashes: list(z.object({ alg: str(40), content: str(1000) }), 100),
  licenses: list(
    z.object({ license: z.object({ id: str(200).optional(), name: str(1000).optional(), url: str(2000).optional() }).loose().optional(), expression: str(2000).optional() }).loose(),
    100,
  ),
  purl: str(2000).optional(),
  externalReferences: list(z.object({ type: str(60), url: str(4000) }).loose(), 1000),
  modelCard: z
    .object({
      modelParameters: z
        .object({
          approach: z.object({ type: str(100).optional() }).loose().optional(),
          task: str(1000).optional(),
          architectureFamily: str(1000).optional(),
          modelArchitecture: str(1000).optional(),
          datasets: list(z.union([z.object({ ref: str(1000) }).loose(), z.object({ type: str(60), name: str(1000).optional(), 'bom-ref': str(1000).optional() }).loose()]), 1000),
        })
        .loose()
        .optional(),
      considerations: z.record(z.string().max(100), z.unknown()).optional(),
      quantitativeAnalysis: z.object({ performanceMetrics: list(z.object({ type: str(200).optional(), value: str(200).optional() }).loose(), 1000) }).loose().optional(),
    })
    .loose()
    .optional(),
  data: list(
    z.object({
      'bom-ref': str(1000).optional(),
      type: str(60).optional(),
      name: str(1000).optional(),
      contents: z.object({ url: str(4000).optional() }).loose().optional(),
      classification: str(200).optional(),
      sensitiveData: list(str(1000), 100),
      governance: z.record(z.string().max(100), z.array(z.object({ organization: org.optional() }).loose()).max(100)).optional(),
    }).loose(),
    1000,
  ),
  properties: list(property, 1000),
  components: list(z.unknown()),
});

export const cdxServiceSchema = z.object({
  'bom-ref': str(1000).optional(),
  name: str(2000),
  version: str(1000).optional(),
  description: str(20_000).optional(),
  provider: org.optional(),
  authenticated: z.boolean().optional(),
  'x-trust-boundary': z.boolean().optional(),
  properties: list(property, 1000),
});

export const cycloneDxSchema = z.object({
  bomFormat: z.literal('CycloneDX'),
  specVersion: str(20),
  serialNumber: str(200).optional(),
  metadata: z
    .object({ timestamp: str(100).optional(), component: z.object({ name: str(2000), description: str(20_000).optional() }).loose().optional() })
    .loose()
    .optional(),
  components: list(z.unknown(), 50_000),
  services: list(cdxServiceSchema, 10_000),
  dependencies: list(z.object({ ref: str(1000), dependsOn: list(str(1000), 10_000) }), 50_000),
});

export type CdxInComponent = z.output<typeof cdxComponentSchema>;
export type CdxInService = z.output<typeof cdxServiceSchema>;
