import { z } from 'zod';

// The parts of OWASP TM-BOM 1.0.x (threat-model.schema.json of the Threat Model Library) the
// importer reads. Objects stay open (unknown keys are reported, not refused) and enums are read
// as strings, so slightly out-of-spec files still import; sizes are capped so a huge file is
// refused rather than truncated silently.

const str = (max: number) => z.string().max(max, `Text longer than ${max} characters.`);
const list = <T extends z.ZodType>(item: T, max = 20_000) => z.array(item).max(max).optional();
const name = str(200);
const strings = z.array(str(200)).max(200).optional();

const ref = z.object({ type: str(40), object: name });
const zonePair = z.object({ trust_zone_a: name, trust_zone_b: name });

export const tmBomSchema = z.object({
  $schema: str(500).optional(),
  version: str(40).optional(),
  scope: z.looseObject({ title: str(1000).optional(), description: str(50_000).optional() }).optional(),
  description: str(50_000).optional(),
  trust_zones: list(z.looseObject({ symbolic_name: name, title: str(1000).optional(), description: str(10_000).optional() })),
  trust_boundaries: list(zonePair.extend({ access_control_methods: strings, authentication_methods: strings }).loose()),
  actors: list(z.looseObject({ symbolic_name: name, title: str(1000).optional(), description: str(10_000).optional(), type: str(100).optional(), permissions: str(10_000).optional() })),
  components: list(z.looseObject({ symbolic_name: name, title: str(1000).optional(), description: str(10_000).optional(), trust_zone: name.optional() })),
  data_stores: list(z.looseObject({ symbolic_name: name, title: str(1000).optional(), description: str(10_000).optional(), type: str(100).optional(), trust_zone: name.optional() })),
  data_sets: list(
    z.looseObject({
      symbolic_name: name,
      title: str(1000).optional(),
      description: str(10_000).optional(),
      placements: z.array(z.looseObject({ data_store: name, encrypted: z.boolean().optional() })).max(1000).optional(),
      record_count: z.number().finite().optional(),
      data_sensitivity: strings,
      access_control_methods: strings,
    }),
  ),
  data_flows: list(
    z.looseObject({
      symbolic_name: name.optional(),
      title: str(1000).optional(),
      description: str(10_000).optional(),
      source: ref,
      destination: ref,
      has_sensitive_data: z.boolean().optional(),
      encrypted: z.boolean().optional(),
    }),
  ),
  assumptions: list(z.looseObject({ description: str(10_000), topics: strings, validity: str(100).optional() })),
  threat_personas: list(z.looseObject({ symbolic_name: name, title: str(1000).optional(), description: str(10_000).optional() })),
  threats: list(
    z.looseObject({
      symbolic_name: name,
      title: str(1000),
      description: str(10_000).optional(),
      threat_persona: name.optional(),
      event: str(2000).optional(),
      sources: strings,
      attack_mechanisms: z.array(z.looseObject({ capec_id: z.number().finite().optional(), capec_title: str(1000).optional() })).max(200).optional(),
      weaknesses: z.array(z.looseObject({ cwe_id: z.number().finite().optional(), cwe_title: str(1000).optional() })).max(200).optional(),
    }),
  ),
  controls: list(
    z.looseObject({
      symbolic_name: name,
      title: str(1000),
      description: str(10_000).optional(),
      threats: z.array(name).max(1000).optional(),
      trust_boundary: zonePair.loose().optional(),
      status: str(100).optional(),
      priority: str(100).optional(),
    }),
  ),
  risks: list(
    z.looseObject({
      symbolic_name: name,
      title: str(1000).optional(),
      description: str(10_000).optional(),
      threats: z.array(name).max(1000).optional(),
      likelihood: str(100).optional(),
      impact: str(100).optional(),
      impact_description: str(10_000).optional(),
      score: z.number().finite().optional(),
      level: str(100).optional(),
    }),
  ),
});

export type TmBomFile = z.infer<typeof tmBomSchema>;
