import { elementKindDefs, isElementKind } from '../domain/element-kinds';
import { classifications } from '../domain/flow';
import type { GraphBoundary, GraphElement, GraphFlow } from '../graph/types';

// The AI bill of materials and the inventory read the same facts from the diagram: which elements
// are models, datasets and model services, what is recorded about them, and how data reaches them.

export type AiAssetType = 'model' | 'dataset' | 'service';

export interface AiGraph {
  elements: GraphElement[];
  flows: GraphFlow[];
  boundaries: GraphBoundary[];
}

const MODEL_FACT_KEYS = ['modelName', 'modelVersion', 'sourceUrl', 'provenance', 'licence', 'hash', 'format'] as const;
const DATASET_KINDS = new Set(['data-source', 'data-store', 'feature-store', 'vector-store']);
const SERVICE_KINDS = new Set(['external-llm-api', 'inference-service']);

/** A property as trimmed text, or undefined when unset or blank. */
export function prop(el: GraphElement, key: string): string | undefined {
  const v = el.properties[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Whether the element's kind can record this property at all (so we only ask for facts it can hold). */
export function kindHas(el: GraphElement, key: string): boolean {
  return isElementKind(el.kind) && key in elementKindDefs[el.kind].propertiesSchema.shape;
}

/**
 * Pretrained models and registries always hold a model; an artifact build counts once it records
 * something about the model it packages (otherwise it is just an image build).
 */
export function aiAssetType(el: GraphElement): AiAssetType | null {
  if (el.kind === 'pretrained-model' || el.kind === 'model-registry') return 'model';
  if (el.kind === 'artifact-build') return MODEL_FACT_KEYS.some((k) => prop(el, k)) ? 'model' : null;
  if (DATASET_KINDS.has(el.kind)) return 'dataset';
  if (SERVICE_KINDS.has(el.kind)) return 'service';
  return null;
}

export function kindLabel(kind: string): string {
  return isElementKind(kind) ? (elementKindDefs[kind].shortLabel ?? elementKindDefs[kind].label) : kind;
}

/** The vendor of the nearest enclosing third-party boundary, e.g. "Hugging Face". */
export function vendorOf(el: GraphElement, boundaries: Map<string, GraphBoundary>): string | undefined {
  const seen = new Set<string>();
  let id = el.boundaryId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const b = boundaries.get(id);
    if (!b) return undefined;
    const vendor = b.properties.vendor;
    if (typeof vendor === 'string' && vendor.trim()) return vendor.trim();
    id = b.parentId;
  }
  return undefined;
}

const HUBS: Record<string, string> = {
  'huggingface.co': 'Hugging Face',
  'hf.co': 'Hugging Face',
  'www.kaggle.com': 'Kaggle',
  'kaggle.com': 'Kaggle',
  'github.com': 'GitHub',
  'tfhub.dev': 'TensorFlow Hub',
  'pytorch.org': 'PyTorch Hub',
  'modelscope.cn': 'ModelScope',
  'ollama.com': 'Ollama',
};

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Who distributes the artefact: the enclosing vendor boundary, else a known hub or the URL's host. */
export function supplierOf(el: GraphElement, boundaries: Map<string, GraphBoundary>): string | undefined {
  const vendor = vendorOf(el, boundaries);
  if (vendor) return vendor;
  const host = hostOf(prop(el, 'sourceUrl'));
  return host ? (HUBS[host] ?? host) : undefined;
}

/** The most sensitive classification among the flows touching an element. */
export function classificationOf(id: string, flows: GraphFlow[]): string | undefined {
  let best = -1;
  for (const f of flows) {
    if (f.sourceId !== id && f.targetId !== id) continue;
    const i = classifications.indexOf(f.properties.classification as (typeof classifications)[number]);
    if (i > best) best = i;
  }
  return best >= 0 ? classifications[best] : undefined;
}

// Stages data passes through on its way into training (lineage walks across these, and stops at
// anything else, e.g. an application or a person).
const DATA_PATH = new Set(['data-ingestion', 'labelling', 'feedback-loop', 'data-source', 'data-store', 'feature-store', 'vector-store']);
// Stages between a training job and the model it produces, e.g. evaluation before registration.
const MODEL_PATH = new Set(['training-job', 'evaluation', 'experiment-tracking', 'orchestrator', 'ci-cd', 'artifact-build', 'deployment']);

export interface AiLineage {
  /** Model id → model ids it is derived from (a base model, the registry version it packages). */
  models: Map<string, string[]>;
  /** Model id → dataset ids that reach a training job feeding it, transitively through ingestion. */
  datasets: Map<string, string[]>;
  /** Model id → training job ids that produce it. */
  trainingJobs: Map<string, string[]>;
  /** Dataset id → the nearest datasets it is built from (through ingestion and labelling). */
  dataSources: Map<string, string[]>;
  /** Inference service id → the models deployed to it (through builds and deployments). */
  served: Map<string, string[]>;
}

const sorted = (s: Set<string>) => [...s].sort();

/** Derives which models come from which models and datasets by walking flows backwards. */
export function aiLineage(graph: AiGraph): AiLineage {
  const byId = new Map(graph.elements.map((e) => [e.id, e]));
  const preds = new Map<string, string[]>();
  for (const f of graph.flows) {
    if (!byId.has(f.sourceId) || !byId.has(f.targetId) || f.sourceId === f.targetId) continue;
    preds.set(f.targetId, [...(preds.get(f.targetId) ?? []), f.sourceId]);
  }
  const type = (id: string) => {
    const el = byId.get(id);
    return el ? aiAssetType(el) : null;
  };
  const kind = (id: string) => byId.get(id)?.kind ?? '';

  /** Everything upstream of a training job that it learns from: datasets, base models, earlier jobs. */
  const trainingInputs = (jobId: string, datasets: Set<string>, models: Set<string>, jobs: Set<string>) => {
    const seen = new Set([jobId]);
    const queue = [jobId];
    while (queue.length) {
      for (const p of preds.get(queue.shift()!) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        const t = type(p);
        if (t === 'model') models.add(p);
        else if (kind(p) === 'training-job') {
          jobs.add(p);
          queue.push(p);
        } else if (DATA_PATH.has(kind(p))) {
          if (t === 'dataset') datasets.add(p);
          queue.push(p);
        }
      }
    }
  };

  /** The nearest models upstream through training, evaluation and delivery stages. */
  const upstreamModels = (id: string, models: Set<string>, jobs: Set<string>) => {
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length) {
      for (const p of preds.get(queue.shift()!) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        if (type(p) === 'model') models.add(p);
        else if (MODEL_PATH.has(kind(p))) {
          if (kind(p) === 'training-job') jobs.add(p);
          queue.push(p);
        }
      }
    }
  };

  const lineage: AiLineage = { models: new Map(), datasets: new Map(), trainingJobs: new Map(), dataSources: new Map(), served: new Map() };
  for (const el of graph.elements) {
    const t = aiAssetType(el);
    if (t === 'service' && el.kind === 'inference-service') {
      const models = new Set<string>();
      upstreamModels(el.id, models, new Set());
      lineage.served.set(el.id, sorted(models));
    } else if (t === 'model') {
      const models = new Set<string>();
      const datasets = new Set<string>();
      const jobs = new Set<string>();
      upstreamModels(el.id, models, jobs);
      for (const job of [...jobs]) trainingInputs(job, datasets, models, jobs);
      models.delete(el.id);
      lineage.models.set(el.id, sorted(models));
      lineage.datasets.set(el.id, sorted(datasets));
      lineage.trainingJobs.set(el.id, sorted(jobs));
    } else if (t === 'dataset') {
      const sources = new Set<string>();
      const seen = new Set([el.id]);
      const queue = [el.id];
      while (queue.length) {
        for (const p of preds.get(queue.shift()!) ?? []) {
          if (seen.has(p)) continue;
          seen.add(p);
          if (type(p) === 'dataset') sources.add(p);
          else if (DATA_PATH.has(kind(p))) queue.push(p);
        }
      }
      lineage.dataSources.set(el.id, sorted(sources));
    }
  }
  return lineage;
}
