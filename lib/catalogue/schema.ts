import { z } from 'zod';
import { elementKindSchema } from '../domain/element-kinds';

// Catalogue ids are stored on accepted threats and in exported files: never renumber or reuse one.
export const threatIdPattern = /^TL-(AI-\d{3}|K8S-\d{3}|STRIDE-[STRIDE](-FLOW)?)$/;
export const mitigationIdPattern = /^TL-M-\d{3}$/;

export const strideLetters = ['S', 'T', 'R', 'I', 'D', 'E'] as const;
export const strideLetterSchema = z.enum(strideLetters);
export type StrideLetter = z.infer<typeof strideLetterSchema>;

export const strideNames: Record<StrideLetter, string> = {
  S: 'Spoofing',
  T: 'Tampering',
  R: 'Repudiation',
  I: 'Information disclosure',
  D: 'Denial of service',
  E: 'Elevation of privilege',
};

export const threatCategories = [
  'data-poisoning',
  'supply-chain',
  'model-integrity',
  'evasion',
  'privacy',
  'model-theft',
  'prompt-injection',
  'llm-output',
  'retrieval',
  'agency',
  'availability',
  'accountability',
  'platform',
  'stride-baseline',
] as const;
export const threatCategorySchema = z.enum(threatCategories);
export type ThreatCategory = z.infer<typeof threatCategorySchema>;

export const threatCategoryLabels: Record<ThreatCategory, string> = {
  'data-poisoning': 'Data poisoning',
  'supply-chain': 'AI supply chain',
  'model-integrity': 'Model integrity',
  evasion: 'Evasion',
  privacy: 'Privacy',
  'model-theft': 'Model theft and reconnaissance',
  'prompt-injection': 'Prompt injection and jailbreaks',
  'llm-output': 'LLM output',
  retrieval: 'Retrieval and embeddings',
  agency: 'Agents and tools',
  availability: 'Availability and cost',
  accountability: 'Accountability',
  platform: 'Kubernetes and platform',
  'stride-baseline': 'STRIDE baseline',
};

export const controlTypes = ['preventive', 'detective', 'corrective'] as const;
export const controlTypeSchema = z.enum(controlTypes);
export type ControlType = z.infer<typeof controlTypeSchema>;

const idList = (pattern: RegExp, what: string) =>
  z
    .array(z.string().regex(pattern, `Not a ${what} id.`))
    .refine((ids) => new Set(ids).size === ids.length, `${what} ids must not repeat.`)
    .optional();

// Formats only; membership in the official lists is checked against the facts tables in tests.
export const atlasTechniqueIdPattern = /^AML\.T\d{4}(\.\d{3})?$/;
export const atlasMitigationIdPattern = /^AML\.M\d{4}$/;

export const threatReferencesSchema = z.strictObject({
  atlas: idList(atlasTechniqueIdPattern, 'ATLAS technique'),
  /** The edition is part of the id: LLM01:2025 and LLM01:2026 are different entries (2026 renumbered). */
  owaspLlm: idList(/^LLM\d{2}:(2025|2026)$/, 'OWASP LLM Top 10'),
  owaspAgentic: idList(/^ASI\d{2}$/, 'OWASP Agentic Top 10'),
  owaspMl: idList(/^ML\d{2}:2023$/, 'OWASP ML Top 10'),
  nist: idList(/^NISTAML\.\d{2,3}$/, 'NIST AI 100-2'),
  /** OWASP Kubernetes Top 10 with its year (K02 differs between 2022 and 2025) or Microsoft Threat Matrix techniques. */
  k8s: idList(/^(K\d{2}:(2022|2025)|MS-TA\d{4})$/, 'Kubernetes'),
});
export type ThreatReferences = z.infer<typeof threatReferencesSchema>;

export const mitigationReferencesSchema = z.strictObject({
  atlas: idList(atlasMitigationIdPattern, 'ATLAS mitigation'),
  /** Microsoft Threat Matrix mitigations and Kubernetes built-in controls (Pod Security Standards, NetworkPolicy). */
  k8s: idList(/^(MS-M\d{4}(\.\d{3})?|PSS-(baseline|restricted)|NP-default-deny)$/, 'Kubernetes control'),
  /** SLSA build levels and OpenSSF Model Signing. */
  supplyChain: idList(/^(SLSA-BUILD-L[123]|OMS-V1)$/, 'supply-chain control'),
});
export type MitigationReferences = z.infer<typeof mitigationReferencesSchema>;

/**
 * A property value of an element kind (or of a flow) that makes a threat more pressing, e.g. a
 * pickle model format or a recorded 'no' for NetworkPolicy. Rules may raise a suggestion's
 * likelihood when one matches; the values are checked against the kind's own schema in tests.
 */
export const indicatorSchema = z.strictObject({
  on: z.union([elementKindSchema, z.literal('flow')]),
  property: z.string().min(1),
  equals: z.string().min(1),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const score = z.number().int().min(1).max(5);
const sentence = z.string().trim().min(20).max(900);

export const catalogueThreatSchema = z.strictObject({
  id: z.string().regex(threatIdPattern, 'Not a catalogue threat id.'),
  title: z.string().trim().min(5).max(120),
  description: sentence,
  category: threatCategorySchema,
  stride: z.array(strideLetterSchema).min(1).refine((s) => new Set(s).size === s.length, 'STRIDE letters must not repeat.'),
  references: threatReferencesSchema,
  appliesTo: z.strictObject({
    elementKinds: z.array(elementKindSchema).refine((k) => new Set(k).size === k.length, 'Element kinds must not repeat.'),
    flows: z.boolean(),
    indicators: z.array(indicatorSchema).optional(),
  }),
  likelihood: score,
  impact: score,
  mitigations: z.array(z.string().regex(mitigationIdPattern)).min(1),
});
export type CatalogueThreat = z.infer<typeof catalogueThreatSchema>;

export const catalogueMitigationSchema = z.strictObject({
  id: z.string().regex(mitigationIdPattern, 'Not a catalogue mitigation id.'),
  title: z.string().trim().min(5).max(120),
  description: sentence,
  controlType: controlTypeSchema,
  references: mitigationReferencesSchema,
  appliesTo: z.strictObject({
    elementKinds: z.array(elementKindSchema).refine((k) => new Set(k).size === k.length, 'Element kinds must not repeat.'),
    flows: z.boolean(),
  }),
});
export type CatalogueMitigation = z.infer<typeof catalogueMitigationSchema>;

const named = z.strictObject({ id: z.string(), name: z.string().min(1) });

/** Shape of lib/catalogue/reference/atlas.json, written by scripts/derive-reference.ts. */
export const atlasReferenceSchema = z.strictObject({
  source: z.string(),
  licence: z.string(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  techniques: z.array(named.extend({ id: z.string().regex(atlasTechniqueIdPattern) })),
  mitigations: z.array(named.extend({ id: z.string().regex(atlasMitigationIdPattern) })),
});
export type AtlasReference = z.infer<typeof atlasReferenceSchema>;

/** The keys under which threats and mitigations cite external frameworks. */
export const referenceFrameworks = ['atlas', 'owaspLlm', 'owaspAgentic', 'owaspMl', 'nist', 'k8s', 'supplyChain'] as const;
export const referenceFrameworkSchema = z.enum(referenceFrameworks);
export type ReferenceFramework = z.infer<typeof referenceFrameworkSchema>;

// Plain data (no functions, no RegExp objects) so it can be handed from server to client components.
export const frameworkInfoSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The framework's official name. */
  name: z.string().min(1),
  version: z.string().min(1),
  year: z.number().int().optional(),
  url: z.url().optional(),
  /** Which reference key its ids appear under. */
  referenceKey: referenceFrameworkSchema,
  /** Source of a RegExp matching the ids of this framework (edition) under `referenceKey`. */
  idPattern: z.string().min(1),
});
export type FrameworkInfo = z.infer<typeof frameworkInfoSchema>;
