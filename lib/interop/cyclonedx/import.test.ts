import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf, handMadeGraph } from '../../exchange/aibom-test-document';
import { modelToCycloneDx, parseHash } from '../../exchange/cyclonedx';
import { templates } from '../../templates';
import { expectImportable, hostileInputs } from '../shared/test-helpers';
import { ImportFormatError } from '../types';
import { importCycloneDx, isCycloneDx } from './import';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const small = readJson(path.join(import.meta.dirname, 'fixtures', 'small.cdx.json')) as Record<string, unknown>;
const options = { seed: 'test', now: new Date('2026-11-27T00:00:00.000Z') };
const now = new Date('2026-11-20T12:00:00.000Z');

describe('CycloneDX ML-BOM import (hand-written fixture)', () => {
  const result = importCycloneDx(small, options);
  const { document: doc, report } = result;
  const el = (name: string) => doc.graph.elements.find((e) => e.name === name)!;
  const flow = (from: string, to: string) => doc.graph.flows.find((f) => f.sourceId === el(from).id && f.targetId === el(to).id);

  it('detects the format', () => {
    expect(isCycloneDx(small)).toBe(true);
    expect(isCycloneDx({ otmVersion: '0.2.0', project: {} })).toBe(false);
  });

  it('creates models, datasets and services with flows into the model', () => {
    expectImportable(result);
    // Models: sentiment-bert and its nested base model; datasets: customer-reviews and the inline sst2; one service.
    expect(report.counts).toEqual({ elements: 5, boundaries: 0, flows: 4, threats: 0, mitigations: 0, links: 0 });
    expect(doc.model.name).toBe('Sentiment service');
    expect(doc.model.description).toContain('CycloneDX 1.6');
    expect(flow('customer-reviews', 'sentiment-bert')).toMatchObject({ label: 'training data', properties: { classification: 'confidential' } });
    expect(flow('sst2', 'sentiment-bert')).toBeDefined();
    expect(flow('bert-base-uncased', 'sentiment-bert')).toMatchObject({ label: 'weights' });
    expect(flow('sentiment-bert', 'Sentiment API')).toMatchObject({ label: 'serves' });
  });

  it('keeps provenance, licence, hashes and model-card facts', () => {
    const model = el('sentiment-bert');
    expect(model.kind).toBe('pretrained-model');
    expect(model.properties).toMatchObject({
      modelName: 'acme/sentiment-bert', modelVersion: '1.2.0', sourceUrl: 'https://huggingface.co/acme/sentiment-bert', licence: 'Apache-2.0',
      hash: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    });
    expect(model.properties.provenance).toContain('Supplier: Acme ML');
    expect(model.properties.provenance).toContain('Authors: Ana');
    expect(model.description).toContain('Fine-tuned BERT');
    expect(model.description).toContain('Task: text-classification');
    expect(model.description).toContain('technicalLimitations: English only');
    expect(model.description).toContain('Metric accuracy: 0.93');
    expect(el('bert-base-uncased').properties.licence).toBe('Apache-2.0 OR MIT');
    expect(report.unmapped.some((n) => n.detail.includes('MD5 left out'))).toBe(true);
  });

  it('maps datasets with licence, origin facts and personal data', () => {
    expect(el('customer-reviews')).toMatchObject({
      kind: 'data-source',
      properties: { datasetName: 'customer-reviews', licence: 'Internal use only', personalData: 'yes', owner: 'Data platform', sourceUrl: 'https://data.example.com/reviews' },
    });
    expect(report.approximations.some((n) => n.subject.startsWith('Datasets with sensitive data (1)'))).toBe(true);
  });

  it('lists frameworks, libraries and dangling references instead of dropping them', () => {
    const subjects = report.unmapped.map((n) => n.subject);
    expect(subjects).toContain('framework “PyTorch” 2.3.1');
    expect(subjects).toContain('library “tokenizers” 0.19');
    expect(report.unmapped.some((n) => n.detail.includes('“data-missing”'))).toBe(true);
    expect(el('Sentiment API')).toMatchObject({ kind: 'generic-process', properties: { authentication: 'yes' } });
  });
});

describe('Round trip Threatline → CycloneDX → Threatline', () => {
  it('brings back the models, datasets and model services of our own export', () => {
    const doc = documentOf(handMadeGraph());
    const bom = JSON.parse(JSON.stringify(modelToCycloneDx(doc, { now })));
    const result = importCycloneDx(bom, options);
    expectImportable(result);
    const back = new Map(result.document.graph.elements.map((e) => [e.name, e]));
    const expected = doc.graph.elements.filter((e) => ['pretrained-model', 'model-registry', 'data-source', 'data-store', 'vector-store', 'inference-service', 'external-llm-api'].includes(e.kind));
    expect([...back.keys()].sort()).toEqual(expected.map((e) => e.name).sort());
    for (const e of expected) {
      const b = back.get(e.name)!;
      expect(b.kind, e.name).toBe(e.kind);
      for (const [key, value] of Object.entries(e.properties)) {
        const got = b.properties[key];
        if (key === 'hash' && parseHash(value as string)) expect(parseHash(got as string), `${e.name}.${key}`).toEqual(parseHash(value as string));
        else if (key === 'licence') expect(String(got).toLowerCase(), `${e.name}.${key}`).toBe(String(value).toLowerCase());
        else if (['modelName', 'datasetName'].includes(key) && value === e.name) continue;
        else expect(got, `${e.name}.${key}`).toEqual(value);
      }
    }
    // Lineage survives as flows: data into the registry's model, the base model into it, the registry into the server.
    const names = new Map(result.document.graph.elements.map((e) => [e.id, e.name]));
    const flows = result.document.graph.flows.map((f) => `${names.get(f.sourceId)}→${names.get(f.targetId)}`);
    expect(flows).toEqual(expect.arrayContaining(['Lake→Registry', 'Base model→Registry', 'Registry→Model server', 'Web crawl→Lake']));
  });

  it.each(templates.map((t) => [t.id, t] as const))('the BOM of the %s template imports', (_id, template) => {
    const bom = JSON.parse(JSON.stringify(modelToCycloneDx(documentOf(template.build()), { now })));
    expectImportable(importCycloneDx(bom, options));
  });
});

describe('CycloneDX import refuses malformed and hostile files', () => {
  it.each([
    ...hostileInputs(small),
    ['not CycloneDX', { ...small, bomFormat: 'SPDX' }],
    ['components not a list', { ...small, components: 'x' }],
    ['a component without name', { ...small, components: [{ type: 'data' }] }],
    ['a nested component of the wrong type', { ...small, components: [{ type: 'data', name: 'd', components: [{ type: 1, name: 'x' }] }] }],
    ['hashes of the wrong shape', { ...small, components: [{ type: 'machine-learning-model', name: 'm', hashes: 'sha256:abc' }] }],
    ['a huge description', { ...small, components: [{ type: 'data', name: 'd', description: 'x'.repeat(1_000_000) }] }],
  ] as [string, unknown][])('%s', (_name, input) => {
    expect(() => importCycloneDx(input)).toThrow(ImportFormatError);
  });

  it('names the nested component at fault', () => {
    try {
      importCycloneDx({ ...small, components: [{ type: 'data', name: 'd', components: [{ type: 1, name: 'x' }] }] });
      expect.unreachable();
    } catch (e) {
      expect((e as ImportFormatError).path).toBe('components[0].components[0].type');
    }
  });

  it('drops property values a kind cannot hold and says so', () => {
    const bom = { bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ type: 'machine-learning-model', name: 'm', externalReferences: [{ type: 'distribution', url: 'javascript:alert(1)' }], properties: [{ name: 'threatline:model:format', value: 'exe' }] }] };
    const result = importCycloneDx(bom, options);
    expectImportable(result);
    expect(result.document.graph.elements[0]!.properties.sourceUrl).toBeUndefined();
    expect(result.document.graph.elements[0]!.properties.format).toBeUndefined();
    expect(result.report.unmapped.some((n) => n.detail.startsWith('format “exe”'))).toBe(true);
  });
});
