import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../schemas/threat-composer-v1.schema.json';
import { expectImportable, hostileInputs } from '../shared/test-helpers';
import { ImportFormatError } from '../types';
import { importThreatComposer, isThreatComposer } from './import';

// ../shared/reference/samples beside the project; the compatibility tests skip when it is absent.
const samplesDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'reference', 'samples');
const samplesPresent = existsSync(samplesDir);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const small = readJson(path.join(import.meta.dirname, 'fixtures', 'small.tc.json')) as Record<string, unknown>;
const options = { seed: 'test', now: new Date('2026-11-27T00:00:00.000Z') };

describe('Threat Composer import (hand-written fixture)', () => {
  it('the fixture is a valid Threat Composer v1 file', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(small), JSON.stringify(validate.errors)).toBe(true);
  });

  it('detects the format and nothing else', () => {
    expect(isThreatComposer(small)).toBe(true);
    expect(isThreatComposer({ otmVersion: '0.2.0', project: {} })).toBe(false);
    expect(isThreatComposer({ bomFormat: 'CycloneDX', schema: 1, threats: [] })).toBe(false);
    expect(isThreatComposer([])).toBe(false);
  });

  const result = importThreatComposer(small, options);
  const { document: doc, report } = result;

  it('creates model-wide threats and linked mitigations that import as a Threatline document', () => {
    expectImportable(result);
    expect(report.counts).toEqual({ elements: 0, boundaries: 0, flows: 0, threats: 3, mitigations: 2, links: 2 });
    expect(report.source).toBe('Threat Composer (schema 1)');
    expect(doc.model.name).toBe('Support assistant');
    expect(doc.threats.every((t) => t.target.type === 'model' && t.target.id === null)).toBe(true);
  });

  it('keeps the statement, grammar parts, tags and metadata, and maps priority, STRIDE and status', () => {
    const [t1, t2, t3] = doc.threats;
    expect(t1!.title.startsWith('An external threat actor who can send an email')).toBe(true);
    expect(t1!.title.length).toBeLessThanOrEqual(200);
    expect(t1!.description).toContain("resulting in reduced confidentiality of customer data");
    expect(t1!.description).toContain('Threat source: external threat actor');
    expect(t1!.description).toContain('Impacted assets: customer data');
    expect(t1!.description).toContain('Tags: prompt-injection, LLM01');
    expect(t1!.description).toContain('custom:owasp: LLM01:2025');
    expect(t1!.description).toContain('custom:reviewers: ana, bo');
    expect(t1!).toMatchObject({ likelihood: 4, impact: 4, stride: ['I', 'T'], status: 'identified', source: 'manual' });
    expect(t1!.rationale).toContain('Priority High');
    expect(t1!.rationale).toContain('A-1: Agents review every draft');
    // No statement: composed from the grammar parts; no priority: 3 and 3.
    expect(t2!.title).toBe("A internal actor can read prompts in the provider's logs");
    expect(t2!).toMatchObject({ likelihood: 3, impact: 3, status: 'not-applicable', stride: ['I'] });
    expect(t3!).toMatchObject({ likelihood: 2, impact: 2, status: 'mitigated', stride: ['D'] });
  });

  it('maps mitigations, their statuses, assumptions and links; lists what it cannot link', () => {
    const [m1, m2] = doc.mitigations;
    expect(m1!).toMatchObject({ title: 'Separate untrusted email text from instructions and filter outputs.', status: 'in-progress', controlType: 'preventive' });
    expect(m1!.description).toContain('Comments: Ticket SEC-42');
    expect(m1!.description).toContain('Tags: guardrail');
    expect(m1!.description).toContain('A-2: The LLM provider does not train on our prompts.');
    expect(m1!.links).toEqual([{ threatId: doc.threats[0]!.id, likelihoodReduction: 1, impactReduction: 0 }]);
    expect(m2!.status).toBe('rejected');
    expect(m2!.rejectionReason).toContain('will not action');
    expect(m2!.links.map((l) => l.threatId)).toEqual([doc.threats[2]!.id]);
    expect(report.unmapped.map((n) => n.path)).toContain('mitigationLinks[2]');
    expect(doc.model.description).toContain('An LLM that drafts replies');
    expect(doc.model.description).toContain('### Assumptions (from Threat Composer)');
    expect(doc.model.description).toContain('- A-1: Agents review every draft before it is sent.');
    expect(doc.model.description).toContain('Comments: Confirmed with support lead.');
    expect(doc.model.description).toContain('### Architecture');
    expect(doc.model.description).toContain('### Data flow');
    expect(report.approximations.some((n) => n.detail.includes('High → 4'))).toBe(true);
  });

  it('gives fresh, valid ids', () => {
    const ids = [...doc.threats, ...doc.mitigations].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const again = importThreatComposer(small);
    expect(again.document.threats[0]!.id).not.toBe(importThreatComposer(small).document.threats[0]!.id);
  });
});

describe('Threat Composer import refuses malformed and hostile files', () => {
  it.each([
    ...hostileInputs(small),
    ['threats not a list', { ...small, threats: { a: 1 } }],
    ['a threat without id', { ...small, threats: [{ numericId: 1, statement: 'x' }] }],
    ['a number as statement', { ...small, threats: [{ id: 'x', numericId: 1, statement: 42 }] }],
    ['a huge statement', { ...small, threats: [{ id: 'x', numericId: 1, statement: 'x'.repeat(1_000_000) }] }],
    ['metadata of the wrong shape', { ...small, threats: [{ id: 'x', numericId: 1, metadata: [{ key: 'Priority', value: { high: true } }] }] }],
    ['no schema version', { threats: [] }],
  ] as [string, unknown][])('%s', (_name, input) => {
    expect(() => importThreatComposer(input)).toThrow(ImportFormatError);
  });

  it('says where the problem is', () => {
    try {
      importThreatComposer({ ...small, threats: [{ id: 'x', numericId: 1, statement: 42 }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportFormatError);
      expect((e as ImportFormatError).path).toBe('threats[0].statement');
      expect((e as Error).message).toContain('threats[0].statement');
    }
  });

  it('leaves no trace on Object.prototype', () => {
    expect(() => importThreatComposer(JSON.parse('{"schema":1,"threats":[],"__proto__":{"polluted":1}}'))).toThrow(ImportFormatError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const dir = path.join(samplesDir, 'threat-composer');
describe.skipIf(!samplesPresent)('Threat Composer reference sample (skipped: ../shared/reference/samples is not present)', () => {
  it('imports ThreatComposer.tc.json', () => {
    const json = readJson(path.join(dir, 'ThreatComposer.tc.json'));
    expect(isThreatComposer(json)).toBe(true);
    const result = importThreatComposer(json, options);
    expectImportable(result);
    const { document: doc, report } = result;
    // 36 links in the file; 4 point at ids that are not threats in it (listed as unmapped).
    expect(report.counts).toEqual({ elements: 0, boundaries: 0, flows: 0, threats: 20, mitigations: 18, links: 32 });
    expect(doc.model.name).toBe('Threat composer');
    expect(report.unmapped.filter((n) => n.path?.startsWith('mitigationLinks'))).toHaveLength(4);
    expect(report.unmapped.some((n) => n.path === 'architecture.image')).toBe(true);
    const t22 = doc.threats.find((t) => t.description.includes('Threat Composer: T-22,'))!;
    expect(t22).toMatchObject({ stride: ['I'], likelihood: 3, impact: 3, status: 'mitigated' });
    expect(t22.description).toContain('Tags: Social engineering');
    expect(t22.rationale).toContain('A-3: We cannot protect against threats on the client endpoint');
    expect(doc.threats.filter((t) => t.likelihood === 4)).toHaveLength(5);
    expect(doc.mitigations.every((m) => m.status === 'implemented')).toBe(true);
    expect(doc.mitigations.find((m) => m.title === 'Schema validation on data import')!.description).toContain('Comments: Implementation in code');
    expect(doc.model.description).toContain('### Assumptions (from Threat Composer)');
  });
});
