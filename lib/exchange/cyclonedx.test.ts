import { describe, expect, it } from 'vitest';
import type { DocumentThreat } from './model-document';
import { documentOf, handMadeGraph, SHA } from './aibom-test-document';
import { bomRef, licenceChoice, modelToCycloneDx, parseHash, parseTechnology } from './cyclonedx';

const now = new Date('2026-11-20T12:00:00.000Z');
const bom = (threats: DocumentThreat[] = []) => modelToCycloneDx(documentOf(handMadeGraph(), threats), { now });
const component = (b: ReturnType<typeof bom>, id: string) => b.components.find((c) => c['bom-ref'] === bomRef.element(id));
const dependsOn = (b: ReturnType<typeof bom>, ref: string) => b.dependencies.find((d) => d.ref === ref)?.dependsOn ?? [];

describe('modelToCycloneDx', () => {
  it('writes a CycloneDX 1.6 header describing the threat model and the tool', () => {
    const b = modelToCycloneDx(documentOf(handMadeGraph()), { now, serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79' });
    expect(b).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79' });
    expect(b.metadata.timestamp).toBe('2026-11-20T12:00:00.000Z');
    expect(b.metadata.component).toMatchObject({ type: 'application', 'bom-ref': 'threatline-model/model-1', name: 'Support assistant', version: '7' });
    expect(b.metadata.tools.components[0]).toMatchObject({ type: 'application', name: 'Threatline', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('maps models, datasets, services and frameworks to the right CycloneDX types', () => {
    const b = bom();
    const types = Object.fromEntries(b.components.map((c) => [c['bom-ref'], c.type]));
    expect(types).toMatchObject({
      'element/base': 'machine-learning-model', 'element/legacy': 'machine-learning-model', 'element/registry': 'machine-learning-model',
      'element/web': 'data', 'element/crm': 'data', 'element/lake': 'data', 'element/heldout': 'data', 'element/vector': 'data',
      'technology/pytorch': 'framework', 'technology/peft': 'framework', 'technology/vllm': 'framework', 'technology/spark': 'framework',
    });
    // An image build that records nothing about a model, stages and people are not inventory.
    for (const id of ['build', 'ingest', 'train', 'eval', 'user']) expect(types[bomRef.element(id)]).toBeUndefined();
    expect(b.services.map((s) => s['bom-ref'])).toEqual(['element/llm', 'element/serve']);
    expect(b.services[0]).toMatchObject({ name: 'GPT API', provider: { name: 'OpenAI' }, 'x-trust-boundary': true });
    expect(b.services[0]!.data).toEqual([{ flow: 'inbound', classification: 'personal', name: 'f12' }]);
    expect(b.services[1]).toMatchObject({ authenticated: true, 'x-trust-boundary': false });
    expect(component(b, 'base')!.data).toBeUndefined();
    expect(b.components.find((c) => c['bom-ref'] === 'technology/pytorch')).toMatchObject({ name: 'PyTorch', version: '2.3' });
  });

  it('records the hub model with supplier, publisher, purl, distribution URL, format and scan', () => {
    const base = component(bom(), 'base')!;
    expect(base).toMatchObject({
      name: 'acme/base-7b', version: 'abc1234', supplier: { name: 'Hugging Face' }, publisher: 'acme',
      purl: 'pkg:huggingface/acme/base-7b@abc1234',
      externalReferences: [{ type: 'distribution', url: 'https://huggingface.co/acme/base-7b' }],
    });
    expect(base.properties).toEqual(expect.arrayContaining([
      { name: 'threatline:model:format', value: 'safetensors' },
      { name: 'threatline:model:scanned', value: 'yes' },
    ]));
  });

  it('uses an SPDX id only for known SPDX licences, and a name otherwise', () => {
    const b = bom();
    expect(component(b, 'base')!.licenses).toEqual([{ license: { id: 'Apache-2.0' } }]); // matched case-insensitively
    expect(component(b, 'legacy')!.licenses).toEqual([{ license: { name: 'Custom research licence' } }]);
    expect(component(b, 'web')!.licenses).toEqual([{ license: { id: 'CC-BY-4.0' } }]);
    expect(component(b, 'crm')!.licenses).toBeUndefined();
    expect(licenceChoice('CC BY-SA 4.0')).toEqual([{ license: { name: 'CC BY-SA 4.0' } }]);
    expect(licenceChoice('mit')).toEqual([{ license: { id: 'MIT' } }]);
  });

  it('parses well-formed digests into hashes and keeps anything else as a property', () => {
    expect(parseHash(`sha256:${SHA}`)).toEqual({ alg: 'SHA-256', content: SHA });
    expect(parseHash(`SHA-512=${'AB'.repeat(64)}`)).toEqual({ alg: 'SHA-512', content: 'ab'.repeat(64) });
    expect(parseHash('d41d8cd98f00b204e9800998ecf8427e')).toEqual({ alg: 'MD5', content: 'd41d8cd98f00b204e9800998ecf8427e' });
    expect(parseHash(`sha256:${SHA.slice(1)}`)).toBeNull(); // wrong length for the algorithm
    expect(parseHash(`crc32:${SHA}`)).toBeNull();
    expect(parseHash('Sigstore bundle per version')).toBeNull();
    expect(parseHash('abc')).toBeNull();
    const b = bom();
    expect(component(b, 'registry')!.hashes).toEqual([{ alg: 'SHA-256', content: SHA }]);
    expect(component(b, 'legacy')!.hashes).toBeUndefined();
    expect(component(b, 'legacy')!.properties).toContainEqual({ name: 'threatline:model:hashReference', value: 'pinned in the wiki' });
  });

  it('makes a trained model depend on the datasets that reach its training job through ingestion, and on its base model', () => {
    const b = bom();
    expect(dependsOn(b, 'element/registry')).toEqual(['element/base', 'element/crm', 'element/lake', 'element/web', 'technology/peft', 'technology/pytorch']);
    // Held-out evaluation data reaches the registry, but not through training.
    expect(dependsOn(b, 'element/registry')).not.toContain('element/heldout');
    expect(component(b, 'registry')!.modelCard!.modelParameters!.datasets).toEqual([{ ref: 'element/crm' }, { ref: 'element/lake' }, { ref: 'element/web' }]);
    expect(dependsOn(b, 'element/lake')).toEqual(['element/crm', 'element/web']);
    expect(dependsOn(b, 'element/base')).toEqual([]);
    expect(dependsOn(b, 'element/serve')).toEqual(['element/registry', 'technology/vllm']);
    const refs = new Set([...b.components, ...b.services].map((c) => c['bom-ref']));
    expect(dependsOn(b, 'threatline-model/model-1').sort()).toEqual([...refs].sort());
    for (const d of b.dependencies) for (const r of d.dependsOn ?? []) expect(refs.has(r)).toBe(true);
  });

  it('lists open threats on a model in its model card', () => {
    const threat = (id: string, status: string): DocumentThreat => ({
      id, title: `Threat ${id}`, description: '', category: 'supply-chain', stride: ['T'], references: {}, likelihood: 3, impact: 4, status,
      owner: null, rationale: '', source: 'manual', catalogueId: null, ruleId: null, target: { type: 'element', id: 'legacy' },
      triggerRetired: false, createdAt: '2026-11-01T00:00:00.000Z', statusHistory: [],
    });
    const card = component(bom([threat('t1', 'identified'), threat('t2', 'mitigated')]), 'legacy')!.modelCard!;
    expect(card.properties).toEqual([{ name: 'threatline:threat:open', value: 'Threat t1' }]);
  });

  it('is deterministic for a fixed time and serial number', () => {
    const a = JSON.stringify(modelToCycloneDx(documentOf(handMadeGraph()), { now, serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000' }));
    const shuffled = handMadeGraph();
    shuffled.elements = Object.fromEntries(Object.entries(shuffled.elements).reverse());
    const b = JSON.stringify(modelToCycloneDx(documentOf(shuffled), { now, serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000' }));
    expect(b).toBe(a);
    expect(JSON.stringify(bom())).not.toContain('serialNumber');
  });

  it('splits technology into framework names and versions', () => {
    expect(parseTechnology('PyTorch 2.3 + PEFT')).toEqual([{ name: 'PyTorch', version: '2.3' }, { name: 'PEFT' }]);
    expect(parseTechnology('Kubeflow Pipelines 2, Ray Data')).toEqual([{ name: 'Kubeflow Pipelines', version: '2' }, { name: 'Ray Data' }]);
    expect(parseTechnology('lm-evaluation-harness and garak')).toEqual([{ name: 'lm-evaluation-harness' }, { name: 'garak' }]);
    expect(parseTechnology(undefined)).toEqual([]);
  });
});
