import * as lucide from 'lucide-react';
import { describe, expect, it } from 'vitest';
import {
  defaultElementName,
  elementCategories,
  elementCategoryDefs,
  elementKindDefs,
  elementKindSchema,
  elementKinds,
  isElementKind,
  parseElementProperties,
  type ElementKind,
} from './element-kinds';
import { TAGS_MAX, TEXT_MAX, triState } from './fields';
import { contrast, enumValues, hex, sampleValues, schemaKeys } from './kinds/test-helpers';

const kinds = elementKinds.map((k) => [k] as [ElementKind]);

describe('element kind catalogue', () => {
  it('has the 24 stage kinds and 3 generic kinds with unique kebab-case ids', () => {
    expect(elementKinds).toHaveLength(27);
    expect(new Set(elementKinds).size).toBe(27);
    expect(elementKinds.filter((k) => elementKindDefs[k].category === 'generic')).toEqual(['generic-process', 'generic-store', 'external-entity']);
    for (const k of elementKinds) expect(k).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(Object.keys(elementKindDefs).sort()).toEqual([...elementKinds].sort());
  });

  it('validates kind ids', () => {
    expect(elementKindSchema.safeParse('vector-store').success).toBe(true);
    const bad = elementKindSchema.safeParse('toaster');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Choose a known element kind.');
    expect(isElementKind('agent')).toBe(true);
    expect(isElementKind('toString')).toBe(false);
    expect(isElementKind(42)).toBe(false);
  });

  it('uses every palette category, each with its own colour family', () => {
    const used = new Set(Object.values(elementKindDefs).map((d) => d.category));
    expect([...used].sort()).toEqual([...elementCategories].sort());
    const fills = elementCategories.map((c) => elementCategoryDefs[c].color.fill);
    expect(new Set(fills).size).toBe(elementCategories.length);
  });

  it('names new elements after the kind', () => {
    expect(defaultElementName('data-store')).toBe('Data store');
    expect(defaultElementName('inference-service')).toBe('Inference service');
    expect(defaultElementName('human-actor')).toBe('Person');
  });
});

describe.each(kinds)('element kind %s', (kind) => {
  const def = elementKindDefs[kind];
  const schema = def.propertiesSchema;

  it('is fully described', () => {
    expect(def.id).toBe(kind);
    expect(def.label.trim()).not.toBe('');
    expect(def.description).toMatch(/^[A-Z].{20,200}\.$/);
    expect(def.description.slice(0, -1)).not.toMatch(/\.\s/); // one sentence
    expect(lucide[def.icon as keyof typeof lucide], `icon ${def.icon}`).toBeDefined();
    for (const c of Object.values(def.color)) expect(c).toMatch(hex);
    expect(contrast(def.color.text, def.color.fill)).toBeGreaterThanOrEqual(7);
    expect(def.color).toEqual(elementCategoryDefs[def.category].color);
  });

  it('has a form field for every schema key and vice versa', () => {
    const keys = def.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(schemaKeys(schema));
    expect(keys).toEqual(expect.arrayContaining(['owner', 'technology', 'tags']));
    for (const f of def.fields) {
      expect(f.label.trim()).not.toBe('');
      if (f.type === 'select') expect(f.options?.map((o) => o.value)).toEqual(enumValues(schema, f.key));
      else expect(f.options).toBeUndefined();
    }
  });

  it('accepts {} so a new element starts empty', () => {
    const r = parseElementProperties(kind, {});
    expect(r.success).toBe(true);
    expect(r.data).toEqual({});
  });

  it('accepts a value for every field', () => {
    const full = sampleValues(def.fields);
    const r = parseElementProperties(kind, full);
    expect(r.error?.issues).toBeUndefined();
    expect(r.data).toEqual(full);
  });

  it('rejects bad select values with a message naming the field', () => {
    for (const f of def.fields.filter((x) => x.type === 'select')) {
      const r = parseElementProperties(kind, { [f.key]: 'definitely-not-an-option' });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual([f.key]);
      expect(r.error?.issues[0]?.message).toContain(`${f.label} must be one of`);
    }
  });

  it('rejects over-long and control-character text', () => {
    const r = parseElementProperties(kind, { owner: 'x'.repeat(TEXT_MAX + 1) });
    expect(r.error?.issues[0]?.message).toBe(`Owner must be at most ${TEXT_MAX} characters.`);
    expect(parseElementProperties(kind, { technology: 'a\u0007b' }).error?.issues[0]?.message).toBe('Technology cannot contain control characters.');
    expect(parseElementProperties(kind, { owner: 42 }).error?.issues[0]?.message).toBe('Owner must be text.');
  });

  it('limits tags', () => {
    const many = Array.from({ length: TAGS_MAX + 1 }, (_, i) => `t${i}`);
    expect(parseElementProperties(kind, { tags: many }).error?.issues[0]?.message).toBe(`At most ${TAGS_MAX} tags.`);
    expect(parseElementProperties(kind, { tags: ['y'.repeat(41)] }).error?.issues[0]?.message).toBe('Each tag must be at most 40 characters.');
    expect(parseElementProperties(kind, { tags: ['  '] }).error?.issues[0]?.message).toBe('Tags cannot be empty.');
    expect(parseElementProperties(kind, { tags: [' pii '] }).data).toEqual({ tags: ['pii'] });
  });

  it('validates URL fields', () => {
    for (const f of def.fields.filter((x) => x.type === 'url')) {
      for (const bad of ['not a url', 'javascript:alert(1)', 'ftp://example.com/x']) {
        const r = parseElementProperties(kind, { [f.key]: bad });
        expect(r.error?.issues[0]?.message).toBe(`${f.label} must be a full web address starting with https://.`);
      }
      expect(parseElementProperties(kind, { [f.key]: '' }).success).toBe(true);
    }
  });
});

describe('threat-relevant properties', () => {
  it('records the facts rules need on the right kinds', () => {
    const keys = (k: ElementKind) => elementKindDefs[k].fields.map((f) => f.key);
    expect(keys('data-source')).toEqual(expect.arrayContaining(['origin', 'personalData', 'validation', 'provenanceTracked', 'datasetName', 'licence']));
    expect(keys('training-job')).toEqual(expect.arrayContaining(['usesPretrainedWeights', 'differentialPrivacy', 'pinnedDependencies']));
    for (const k of ['pretrained-model', 'model-registry', 'artifact-build'] as const) {
      expect(keys(k)).toEqual(expect.arrayContaining(['modelName', 'modelVersion', 'sourceUrl', 'provenance', 'licence', 'hash', 'format']));
    }
    expect(keys('model-registry')).toEqual(expect.arrayContaining(['signing', 'scanOnUpload', 'immutableVersions']));
    expect(keys('inference-service')).toEqual(
      expect.arrayContaining(['exposure', 'authentication', 'rateLimiting', 'returnsConfidenceScores', 'inputFiltering', 'outputFiltering', 'promptLogging']),
    );
    expect(keys('llm-application')).toEqual(expect.arrayContaining(['systemPromptSecret', 'rag', 'usesTools', 'outputRenderedAsHtml', 'humanInTheLoop']));
    expect(keys('agent')).toEqual(expect.arrayContaining(['toolPermissions', 'humanApproval']));
    expect(keys('deployment')).toEqual(
      expect.arrayContaining([
        'namespace', 'privileged', 'runAsNonRoot', 'readOnlyRootFilesystem', 'networkPolicy', 'automountServiceAccountToken',
        'imageSigned', 'resourceLimits', 'secretsAsEnvVars', 'sharedGpuNode',
      ]),
    );
    expect(keys('human-actor')).toContain('role');
  });

  it('accepts realistic hand-written properties', () => {
    const hub = parseElementProperties('pretrained-model', {
      owner: 'ML platform',
      modelName: 'meta-llama/Llama-3.1-8B',
      modelVersion: '0e9e39f',
      sourceUrl: 'https://huggingface.co/meta-llama/Llama-3.1-8B',
      licence: 'Llama 3.1 Community License',
      hash: 'sha256:4f2a…',
      format: 'safetensors',
      scanned: 'yes',
      tags: ['third-party'],
    });
    expect(hub.success).toBe(true);
    const api = parseElementProperties('inference-service', { exposure: 'internet', authentication: 'yes', rateLimiting: 'yes', returnsConfidenceScores: 'no' });
    expect(api.data).toEqual({ exposure: 'internet', authentication: 'yes', rateLimiting: 'yes', returnsConfidenceScores: 'no' });
    expect(parseElementProperties('human-actor', { role: 'data-scientist' }).success).toBe(true);
    expect(parseElementProperties('data-source', { origin: 'scraped' }).error?.issues[0]?.message).toBe(
      'Origin must be one of: Internal, Partner, Public web, User generated, Synthetic.',
    );
    expect(parseElementProperties('model-registry', { format: 'pickle' }).data).toEqual({ format: 'pickle' });
  });

  it('drops keys that belong to no field', () => {
    expect(parseElementProperties('agent', { sandboxed: 'yes', leftover: 1 }).data).toEqual({ sandboxed: 'yes' });
  });

  it('reads tri-state answers with unknown as the default', () => {
    expect(triState('yes')).toBe('yes');
    expect(triState('no')).toBe('no');
    expect(triState('unknown')).toBe('unknown');
    expect(triState(undefined)).toBe('unknown');
    expect(triState(true)).toBe('unknown');
  });
});
