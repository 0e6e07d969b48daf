import { describe, expect, it } from 'vitest';
import type { Graph, GraphElement } from '../graph/types';
import { findTemplate } from '../templates';
import { aiInventory, inventorySummary } from './ai-inventory';
import { documentOf, handMadeGraph } from './aibom-test-document';

const rowsOf = (graph: Graph) => aiInventory(documentOf(graph));
const row = (graph: Graph, id: string) => rowsOf(graph).find((r) => r.elementId === id)!;
const one = (kind: string, properties: Record<string, unknown>): Graph => {
  const e: GraphElement = { id: 'x', kind, name: 'X', description: '', boundaryId: null, x: 0, y: 0, properties };
  return { elements: { x: e }, boundaries: {}, flows: {} };
};

describe('aiInventory', () => {
  it('lists models, then datasets, then services, with the facts recorded', () => {
    const rows = rowsOf(handMadeGraph());
    expect(rows.map((r) => [r.type, r.elementId])).toEqual([
      ['model', 'base'], ['model', 'legacy'], ['model', 'registry'],
      ['dataset', 'crm'], ['dataset', 'heldout'], ['dataset', 'lake'], ['dataset', 'vector'], ['dataset', 'web'],
      ['service', 'llm'], ['service', 'serve'],
    ]);
    expect(row(handMadeGraph(), 'base')).toMatchObject({
      kind: 'pretrained-model', kindLabel: 'Pretrained model',
      facts: { modelName: 'acme/base-7b', version: 'abc1234', supplier: 'Hugging Face', licence: 'apache-2.0', format: 'safetensors', scanned: 'yes' },
      missing: [],
    });
    expect(row(handMadeGraph(), 'llm')).toMatchObject({ facts: { modelName: 'gpt-4o', provider: 'OpenAI' }, missing: ['region'] });
    expect(row(handMadeGraph(), 'crm').facts).toEqual({ datasetName: 'crm-export', origin: 'internal', personalData: 'yes', classification: 'personal' });
  });

  it('flags a model without licence or provenance, and a pickle model nobody scanned', () => {
    expect(row(handMadeGraph(), 'legacy').missing).toEqual(['version', 'provenance or source', 'scan']);
    expect(row(one('pretrained-model', {}), 'x').missing).toEqual(['model name', 'version', 'licence', 'provenance or source', 'hash', 'format']);
    expect(row(one('pretrained-model', { format: 'pickle', scanned: 'no' }), 'x').missing).toContain('scan');
    expect(row(one('pretrained-model', { format: 'pickle', scanned: 'yes' }), 'x').missing).not.toContain('scan');
    expect(row(one('model-registry', { format: 'pickle', scanOnUpload: 'yes' }), 'x').missing).not.toContain('scan');
    // Provenance stands in for a source URL (a model trained in-house has no hub page).
    expect(row(one('model-registry', { provenance: 'Our pipeline' }), 'x').missing).not.toContain('provenance or source');
  });

  it('counts an artifact build only when it records a model', () => {
    expect(rowsOf(one('artifact-build', { baseImage: 'python:3.12' }))).toEqual([]);
    expect(row(one('artifact-build', { modelName: 'm', format: 'onnx' }), 'x').type).toBe('model');
  });

  it('flags datasets with personal data or outside origin but no licence, and unknown origin or personal data', () => {
    expect(row(handMadeGraph(), 'crm').missing).toEqual(['licence']);
    expect(row(handMadeGraph(), 'lake').missing).toEqual([]); // internal, no personal data: no licence needed
    expect(row(one('data-source', {}), 'x').missing).toEqual(['licence', 'origin', 'personal data']);
    expect(row(one('data-source', { origin: 'partner', personalData: 'no' }), 'x').missing).toEqual(['licence']);
    expect(row(one('data-source', { origin: 'public-web', personalData: 'no', licence: 'CC0-1.0' }), 'x').missing).toEqual(['source']);
    // A vector store records only whether it holds personal data.
    expect(row(one('vector-store', {}), 'x').missing).toEqual(['personal data']);
  });

  it('summarises counts and gaps per type', () => {
    const summary = inventorySummary(rowsOf(handMadeGraph()));
    expect(summary.counts).toEqual({ model: 3, dataset: 5, service: 2 });
    expect(summary.gaps).toContainEqual({ type: 'model', fact: 'scan', count: 1, total: 3 });
    expect(summary.gaps).toContainEqual({ type: 'dataset', fact: 'licence', count: 1, total: 5 });
  });

  it('finds the hub model and its training data in the LLM fine-tuning template', () => {
    const rows = rowsOf(findTemplate('llm-fine-tuning')!.build());
    expect(rows.find((r) => r.elementId === 'el-base-model')).toMatchObject({ type: 'model', facts: { licence: 'Apache-2.0', format: 'safetensors', supplier: 'Hugging Face' } });
    expect(rows.find((r) => r.elementId === 'el-tickets')!.missing).toContain('licence');
    expect(rowsOf({ elements: {}, boundaries: {}, flows: {} })).toEqual([]);
  });
});
