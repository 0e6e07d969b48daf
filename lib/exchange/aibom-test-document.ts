import type { Graph, GraphElement } from '../graph/types';
import { MODEL_DOCUMENT_FORMAT, MODEL_DOCUMENT_VERSION, type DocumentThreat, type ModelDocument } from './model-document';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A ModelDocument around a graph, as exportModel would write it (for unit tests of the AI BoM). */
export function documentOf(graph: Graph, threats: DocumentThreat[] = []): ModelDocument {
  return {
    format: MODEL_DOCUMENT_FORMAT,
    formatVersion: MODEL_DOCUMENT_VERSION,
    exportedAt: '2026-11-20T12:00:00.000Z',
    generator: { name: 'Threatline', catalogueVersion: '1', rulesVersion: '1' },
    model: {
      id: 'model-1', name: 'Support assistant', description: 'Fine-tuned reply drafting.',
      workspace: { id: 'ws-1', name: 'Acme' }, revision: 7, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-20T11:00:00.000Z',
    },
    graph: {
      boundaries: Object.values(graph.boundaries).sort(byId),
      elements: Object.values(graph.elements).sort(byId),
      flows: Object.values(graph.flows).sort(byId),
    },
    threats,
    mitigations: [],
    suggestions: [],
  };
}

export const SHA = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);

const el = (id: string, kind: string, name: string, properties: Record<string, unknown>, boundaryId: string | null = null): GraphElement => ({
  id, kind, name, description: '', boundaryId, x: 0, y: 0, properties,
});

/**
 * A small pipeline: two data sources ingested into a lake that trains a fine-tune of a hub model,
 * evaluated (with held-out data) and registered, packaged and served; plus a pickle model nobody
 * scanned, a vector store and an external LLM API.
 */
export function handMadeGraph(): Graph {
  const elements = [
    el('base', 'pretrained-model', 'Base model', {
      modelName: 'acme/base-7b', modelVersion: 'abc1234', sourceUrl: 'https://huggingface.co/acme/base-7b', licence: 'apache-2.0',
      hash: `sha256:${SHA}`, format: 'safetensors', scanned: 'yes',
    }, 'hub'),
    el('legacy', 'pretrained-model', 'Legacy classifier', { modelName: 'legacy-classifier', licence: 'Custom research licence', hash: 'pinned in the wiki', format: 'pickle' }),
    el('web', 'data-source', 'Web crawl', { datasetName: 'web-crawl', origin: 'public-web', personalData: 'yes', licence: 'CC-BY-4.0', sourceUrl: 'https://example.org/crawl' }),
    el('crm', 'data-source', 'CRM export', { datasetName: 'crm-export', origin: 'internal', personalData: 'yes', owner: 'Sales ops' }),
    el('ingest', 'data-ingestion', 'Ingestion', { technology: 'Spark 3.5' }),
    el('lake', 'data-store', 'Lake', { datasetName: 'curated', origin: 'internal', personalData: 'no' }),
    el('heldout', 'data-store', 'Held-out set', { datasetName: 'held-out', origin: 'internal', personalData: 'no' }),
    el('train', 'training-job', 'Fine-tuning', { technology: 'PyTorch 2.3 + PEFT' }),
    el('eval', 'evaluation', 'Evaluation', {}),
    el('registry', 'model-registry', 'Registry', {
      modelName: 'support-7b', modelVersion: '2', provenance: 'Fine-tuned in our pipeline.', licence: 'Apache-2.0', hash: SHA.toUpperCase(), format: 'safetensors', signing: 'yes',
    }),
    el('build', 'artifact-build', 'Image build', { technology: 'BuildKit' }),
    el('serve', 'inference-service', 'Model server', { technology: 'vLLM', format: 'safetensors', authentication: 'yes' }),
    el('vector', 'vector-store', 'Vector store', { personalData: 'yes' }),
    el('llm', 'external-llm-api', 'GPT API', { modelName: 'gpt-4o' }, 'openai'),
    el('user', 'human-actor', 'User', {}),
  ];
  const flows: [string, string, string, string][] = [
    ['f1', 'web', 'ingest', 'public'], ['f2', 'crm', 'ingest', 'personal'], ['f3', 'ingest', 'lake', 'confidential'],
    ['f4', 'lake', 'train', 'confidential'], ['f5', 'base', 'train', 'public'], ['f6', 'train', 'eval', 'confidential'],
    ['f7', 'heldout', 'eval', 'confidential'], ['f8', 'eval', 'registry', 'confidential'], ['f9', 'registry', 'build', 'confidential'],
    ['f10', 'build', 'serve', 'internal'], ['f11', 'user', 'serve', 'personal'], ['f12', 'serve', 'llm', 'personal'], ['f13', 'serve', 'vector', 'internal'],
  ];
  const boundary = (id: string, name: string, vendor: string) => ({ id, kind: 'third-party', name, parentId: null, x: 0, y: 0, width: 400, height: 300, properties: { vendor } });
  return {
    elements: Object.fromEntries(elements.map((e) => [e.id, e])),
    boundaries: { hub: boundary('hub', 'Hugging Face Hub', 'Hugging Face'), openai: boundary('openai', 'OpenAI', 'OpenAI') },
    flows: Object.fromEntries(flows.map(([id, sourceId, targetId, classification]) => [id, { id, sourceId, targetId, label: id, properties: { classification } }])),
  };
}
