import type { z } from 'zod';
import { defineProps, select, tags, text, textarea, url, yesNo, type FieldDef, type PropSpec } from '../fields';

// Ids are stored in the database and in exported files: never rename one, only add.
export const elementKinds = [
  'data-source',
  'data-ingestion',
  'data-store',
  'labelling',
  'feature-store',
  'vector-store',
  'pretrained-model',
  'training-job',
  'evaluation',
  'experiment-tracking',
  'model-registry',
  'artifact-build',
  'orchestrator',
  'ci-cd',
  'deployment',
  'inference-service',
  'external-llm-api',
  'llm-application',
  'agent',
  'tool',
  'monitoring',
  'feedback-loop',
  'secrets-store',
  'human-actor',
  'generic-process',
  'generic-store',
  'external-entity',
] as const;
export type ElementKind = (typeof elementKinds)[number];

export const elementCategories = ['data', 'training', 'model', 'delivery', 'runtime', 'llm', 'operations', 'actor', 'generic'] as const;
export type ElementCategory = (typeof elementCategories)[number];

export interface KindColor {
  fill: string;
  stroke: string;
  text: string;
}

// One colour family per palette group (Tailwind 100 / 600 / 900 steps, so text is always dark on light).
export const categoryDefs: Record<ElementCategory, { label: string; color: KindColor }> = {
  data: { label: 'Data', color: { fill: '#dbeafe', stroke: '#2563eb', text: '#1e3a8a' } },
  training: { label: 'Training', color: { fill: '#ede9fe', stroke: '#7c3aed', text: '#4c1d95' } },
  model: { label: 'Models', color: { fill: '#fef3c7', stroke: '#d97706', text: '#78350f' } },
  delivery: { label: 'Build & delivery', color: { fill: '#ccfbf1', stroke: '#0d9488', text: '#134e4a' } },
  runtime: { label: 'Runtime', color: { fill: '#dcfce7', stroke: '#16a34a', text: '#14532d' } },
  llm: { label: 'LLM & agents', color: { fill: '#fae8ff', stroke: '#c026d3', text: '#701a75' } },
  operations: { label: 'Operations', color: { fill: '#f1f5f9', stroke: '#475569', text: '#0f172a' } },
  actor: { label: 'People', color: { fill: '#ffe4e6', stroke: '#e11d48', text: '#881337' } },
  // Stone, not slate: neutral, yet distinct from Operations.
  generic: { label: 'Generic', color: { fill: '#f5f5f4', stroke: '#78716c', text: '#292524' } },
};

export interface ElementKindDef<S extends z.ZodObject = z.ZodObject> {
  id: ElementKind;
  label: string;
  shortLabel?: string;
  category: ElementCategory;
  description: string;
  /** A lucide-react icon component name. */
  icon: string;
  color: KindColor;
  propertiesSchema: S;
  fields: FieldDef[];
}

interface KindSpec<P extends Record<string, PropSpec>> {
  label: string;
  shortLabel?: string;
  category: ElementCategory;
  description: string;
  icon: string;
  props: P;
}

/** Adds the properties every kind shares (owner and technology first, tags last). */
export function defineKind<const K extends ElementKind, P extends Record<string, PropSpec>>(id: K, spec: KindSpec<P>) {
  const { propertiesSchema, fields } = defineProps({
    owner: text('Owner', 'Team or person accountable for this stage.'),
    technology: text('Technology', 'Product or framework, e.g. Kubeflow, MLflow, vLLM.'),
    ...spec.props,
    tags: tags(),
  });
  return {
    id,
    label: spec.label,
    ...(spec.shortLabel ? { shortLabel: spec.shortLabel } : {}),
    category: spec.category,
    description: spec.description,
    icon: spec.icon,
    color: categoryDefs[spec.category].color,
    propertiesSchema,
    fields,
  } satisfies ElementKindDef;
}

export const dataOrigins = [
  { value: 'internal', label: 'Internal' },
  { value: 'partner', label: 'Partner' },
  { value: 'public-web', label: 'Public web' },
  { value: 'user-generated', label: 'User generated' },
  { value: 'synthetic', label: 'Synthetic' },
] as const;

export const artifactFormats = [
  { value: 'safetensors', label: 'safetensors' },
  { value: 'pickle', label: 'Pickle (PyTorch .bin/.pt, joblib)' },
  { value: 'onnx', label: 'ONNX' },
  { value: 'gguf', label: 'GGUF' },
  { value: 'other', label: 'Other' },
] as const;

export const exposures = [
  { value: 'internet', label: 'Internet' },
  { value: 'internal', label: 'Internal only' },
] as const;

// Facts about a model artefact, kept on every kind that holds one so an AI bill of materials
// can be assembled from the diagram.
export const modelFacts = {
  modelName: text('Model name'),
  modelVersion: text('Model version'),
  sourceUrl: url('Source / hub URL', 'Where the weights come from, e.g. a Hugging Face model page.'),
  provenance: textarea('Provenance', 'Who produced the artefact and how that is verified, if there is no source URL.'),
  licence: text('Licence', 'SPDX id or licence name, e.g. Apache-2.0.'),
  hash: text('Hash / signature', 'Digest or signature reference pinned for this version.'),
  format: select('Format', artifactFormats, 'Pickle-based formats can run code when loaded.'),
};

export const dataFacts = {
  datasetName: text('Dataset name'),
  licence: text('Licence', 'Licence or terms under which the data may be used.'),
  origin: select('Origin', dataOrigins, 'Who can influence this data; public and user-generated data can be poisoned.'),
  personalData: yesNo('Personal data', 'Contains information about identifiable people.'),
};

export const serviceExposure = {
  exposure: select('Exposure', exposures),
  authentication: yesNo('Authentication', 'Callers must authenticate.'),
};

export const filtering = {
  inputFiltering: yesNo('Input filtering', 'Requests are validated or screened before reaching the model.'),
  outputFiltering: yesNo('Output filtering', 'Responses are screened before they are returned.'),
  promptLogging: yesNo('Request / prompt logging', 'Inputs are logged; useful for audit, but logs may hold personal data.'),
  rateLimiting: yesNo('Rate limiting', 'Per-caller quotas slow down extraction and denial-of-service.'),
};
