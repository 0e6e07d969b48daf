import type { BoundaryKind } from '../domain/boundary-kinds';
import type { ElementKind } from '../domain/element-kinds';

// Types shapes from general-purpose diagramming formats (Threat Dragon, OTM...) as AI stage kinds
// when the name makes the stage clear. First match wins, so specific phrases come before broad
// words ("model registry" before "registry", "LLM API" before "LLM"). Anything unmatched lands on
// a generic kind the user can re-type in bulk. Pure and table-driven so it is easy to extend.

export type GenericShape = 'process' | 'store' | 'actor';

interface NameRule {
  pattern: RegExp;
  kind: ElementKind;
  /** Why, in words for the import report: "the name mentions …". */
  because: string;
  shapes: readonly GenericShape[];
}

const any: readonly GenericShape[] = ['process', 'store', 'actor'];
const systems: readonly GenericShape[] = ['process', 'store'];

export const nameRules: readonly NameRule[] = [
  { pattern: /\bmodel[\s_-]*registr/i, kind: 'model-registry', because: 'a model registry', shapes: systems },
  { pattern: /\bfeature[\s_-]*stor/i, kind: 'feature-store', because: 'a feature store', shapes: systems },
  { pattern: /\b(vector|embeddings?)\b/i, kind: 'vector-store', because: 'vectors or embeddings', shapes: systems },
  { pattern: /\b(openai|anthropic|bedrock|vertex ai|llm api|gpt api|model api|hosted llm)\b/i, kind: 'external-llm-api', because: 'a hosted LLM API', shapes: any },
  { pattern: /\b(agents?|agentic)\b/i, kind: 'agent', because: 'an agent', shapes: ['process'] },
  { pattern: /\b(llms?|gpt|chatbot|chat ?bot|copilot|rag)\b/i, kind: 'llm-application', because: 'an LLM application', shapes: ['process'] },
  { pattern: /\b(llms?|gpt|claude|gemini)\b/i, kind: 'external-llm-api', because: 'an LLM service', shapes: ['actor'] },
  { pattern: /\b(pre-?trained|foundation model|hugging ?face)\b/i, kind: 'pretrained-model', because: 'a pretrained model', shapes: systems },
  { pattern: /\b(train|training|fine-?tun\w*)\b/i, kind: 'training-job', because: 'training', shapes: ['process'] },
  { pattern: /\b(evaluat\w*|benchmark\w*)\b/i, kind: 'evaluation', because: 'evaluation', shapes: ['process'] },
  { pattern: /\b(experiment\w*|mlflow|weights (and|&) biases)\b/i, kind: 'experiment-tracking', because: 'experiment tracking', shapes: systems },
  { pattern: /\b(label\w*|annotat\w*)\b/i, kind: 'labelling', because: 'labelling', shapes: ['process'] },
  { pattern: /\b(ingest\w*|etl)\b/i, kind: 'data-ingestion', because: 'ingestion or ETL', shapes: ['process'] },
  { pattern: /\b(inference|serving|model server|predict\w*|scoring)\b/i, kind: 'inference-service', because: 'inference or serving', shapes: ['process'] },
  // "API" alone is too common in non-AI diagrams: only with a model word next to it.
  { pattern: /\b(ml|ai|model)\b.*\bapi\b|\bapi\b.*\b(ml|ai|model)\b/i, kind: 'inference-service', because: 'a model API', shapes: ['process'] },
  { pattern: /\b(secrets?|vault|kms|key ?store)\b/i, kind: 'secrets-store', because: 'secrets or keys', shapes: systems },
  { pattern: /\b(monitor\w*|observability|siem)\b/i, kind: 'monitoring', because: 'monitoring', shapes: systems },
  { pattern: /\bfeedback\b/i, kind: 'feedback-loop', because: 'feedback', shapes: ['process'] },
  { pattern: /\b(ci ?\/ ?cd|ci|pipeline runner|jenkins|github actions|gitlab ci)\b/i, kind: 'ci-cd', because: 'CI/CD', shapes: ['process'] },
  { pattern: /\b(orchestrat\w*|airflow|kubeflow|scheduler)\b/i, kind: 'orchestrator', because: 'orchestration', shapes: ['process'] },
  { pattern: /\b(deploy\w*|rollout)\b/i, kind: 'deployment', because: 'deployment', shapes: ['process'] },
  { pattern: /\b(data ?source|data feed|crawl\w*|scrap\w*)\b/i, kind: 'data-source', because: 'a data source', shapes: any },
  { pattern: /\b(s3|buckets?|data ?lake|warehouse|datasets?|databases?|db|sql|mysql|postgres\w*|object storage)\b/i, kind: 'data-store', because: 'a database or bucket', shapes: systems },
  {
    pattern: /\b(users?|customers?|admins?|administrators?|operators?|analysts?|employees?|staff|person|people|players?|visitors?|shoppers?|engineers?|scientists?|developers?|humans?|patients?|clients?)\b/i,
    kind: 'human-actor',
    because: 'a person',
    shapes: ['actor'],
  },
];

export const genericKindOf: Record<GenericShape, ElementKind> = {
  process: 'generic-process',
  store: 'generic-store',
  actor: 'external-entity',
};

export interface KindGuess {
  kind: ElementKind;
  /** null when nothing in the name matched and the generic kind was used. */
  because: string | null;
}

/** The stage kind a generic shape's name points to, or the shape's generic kind. */
export function kindByName(shape: GenericShape, name: string): KindGuess {
  const text = name.replace(/\s+/g, ' ');
  for (const rule of nameRules) {
    if (rule.shapes.includes(shape) && rule.pattern.test(text)) return { kind: rule.kind, because: rule.because };
  }
  return { kind: genericKindOf[shape], because: null };
}

// Zones drawn as plain boxes, typed by their name; first match wins ("Corp network" is on-premises).
export const boundaryNameRules: [RegExp, BoundaryKind][] = [
  [/\b(internet|www)\b/i, 'internet'],
  [/\b(k8s|kubernetes|cluster|eks|gke|aks)\b/i, 'kubernetes-cluster'],
  [/\bnamespace\b/i, 'namespace'],
  [/\b(aws|azure|gcp|google cloud|cloud|account|subscription|tenant)\b/i, 'cloud-account'],
  [/\b(third[\s-]?party|vendor|partner|saas|external)\b/i, 'third-party'],
  [/\b(on[\s-]?prem\w*|data ?cent(er|re)|office|corp\w*)\b/i, 'on-premises'],
  [/\b(vpc|network|subnet|dmz|lan|zone)\b/i, 'network'],
  [/\bpublic\b/i, 'internet'],
];

/** The boundary kind a box's name points to, or null (the caller picks a default and reports it). */
export function boundaryKindByName(name: string): BoundaryKind | null {
  const text = name.replace(/\s+/g, ' ');
  return boundaryNameRules.find(([re]) => re.test(text))?.[1] ?? null;
}
