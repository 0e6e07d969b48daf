import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectImportable, hostileInputs } from '../shared/test-helpers';
import { ImportFormatError } from '../types';
import { importTmBom, isTmBom, mitigationStatusFromTmBom } from './import';

// ../shared/reference/samples beside the project; the sample test skips when it is absent.
const samplesDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'reference', 'samples');
const huskyPath = path.join(samplesDir, 'threat-dragon', 'huskyai.tmbom.json');
const samplePresent = existsSync(huskyPath);
if (!samplePresent) console.log(`TM-BOM sample test skipped: ${huskyPath} is not present.`);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const small = readJson(path.join(import.meta.dirname, 'fixtures', 'small.tmbom.json')) as Record<string, unknown>;
const options = { seed: 'test', now: new Date('2026-11-27T00:00:00.000Z') };

describe('TM-BOM detection and tables', () => {
  it('detects TM-BOM by $schema or by its keys, and not other formats', () => {
    expect(isTmBom(small)).toBe(true);
    expect(isTmBom({ trust_zones: [], components: [], data_flows: [] })).toBe(true);
    expect(isTmBom({ $schema: 'https://github.com/OWASP/www-project-threat-model-library/blob/v1.0.1/threat-model.schema.json' })).toBe(true);
    expect(isTmBom({ otmVersion: '0.2.0', project: {}, trust_zones: [], components: [], data_flows: [] })).toBe(false);
    expect(isTmBom({ bomFormat: 'CycloneDX', components: [] })).toBe(false);
    expect(isTmBom({ trustZones: [], components: [] })).toBe(false);
    expect(isTmBom([small])).toBe(false);
  });
  it('maps control statuses', () => {
    expect(['suggested', 'active', 'Planned', 'in progress', 'verified', 'rejected', '?'].map(mitigationStatusFromTmBom))
      .toEqual(['proposed', 'implemented', 'planned', 'in-progress', 'verified', 'rejected', null]);
  });
});

describe('TM-BOM import (hand-written fixture)', () => {
  const result = importTmBom(small, options);
  const { document: doc, report } = result;
  const el = (name: string) => doc.graph.elements.find((e) => e.name === name)!;
  const zone = (name: string) => doc.graph.boundaries.find((b) => b.name === name)!;
  const threat = (title: string) => doc.threats.find((t) => t.title === title)!;
  const mitigation = (title: string) => doc.mitigations.find((m) => m.title === title)!;
  const notes = (list: typeof report.unmapped) => list.map((n) => `${n.subject}: ${n.detail}`).join('\n');

  it('is importable and counted', () => {
    expectImportable(result);
    expect(report).toMatchObject({ format: 'tm-bom', source: 'OWASP TM-BOM 1.0.1', counts: { elements: 6, boundaries: 2, flows: 2, threats: 3, mitigations: 3, links: 3 } });
    expect(doc.model.name).toBe('Support chatbot');
  });

  it('maps zones, actors, components and stores by name and type', () => {
    expect(zone('Internet').kind).toBe('internet');
    expect(zone('Production VPC').kind).toBe('network');
    expect(el('Customer')).toMatchObject({ kind: 'human-actor', boundaryId: null });
    expect(el('CRM').kind).toBe('external-entity');
    expect(el('Chatbot Service')).toMatchObject({ kind: 'llm-application', boundaryId: zone('Production VPC').id });
    expect(el('Chatbot Service').description).toContain('repo_link: https://example.com/chatbot');
    expect(el('Gateway').boundaryId).toBeNull();
    expect(el('Embeddings index').kind).toBe('vector-store');
    expect(el('Tickets').kind).toBe('data-store'); // by its type “relational”
    expect(el('Embeddings index').description).toMatch(/Data sets \(from TM-BOM\):\n- Knowledge base \(encrypted at rest\): records: 5000; sensitivity: biz; access control: rbac/);
  });

  it('maps flows with encryption and classification, resolving a wrongly typed endpoint', () => {
    const ask = doc.graph.flows.find((f) => f.label === 'HTTPS')!;
    expect(ask).toMatchObject({ sourceId: el('Customer').id, targetId: el('Chatbot Service').id, properties: { encryption: 'tls', classification: 'confidential' } });
    const query = doc.graph.flows.find((f) => f.label === 'query')!;
    expect(query).toMatchObject({ sourceId: el('Embeddings index').id, properties: { encryption: 'none', classification: 'internal' } });
    expect(notes(report.approximations)).toMatch(/“embeddings” is declared as component but is a data store/);
    expect(notes(report.unmapped)).toMatch(/Data flow “sync”: Not imported: its source “ghost” is not in the file/);
    expect(notes(report.unmapped)).toMatch(/Data flow “HTTPS”: Flows have no description: not kept — description: Questions/);
  });

  it('rates threats from their risks and keeps persona, CAPEC and CWE', () => {
    const pi = threat('Prompt injection');
    expect(pi).toMatchObject({ likelihood: 4, impact: 5, target: { type: 'model', id: null }, references: { capec: ['CAPEC-242'], cwe: ['CWE-77'] } });
    expect(pi.description).toContain('Threat persona: Mallory');
    expect(pi.description).toContain('Event: data disclosure');
    expect(pi.rationale).toContain('Risk “Data leak”: likelihood likely, impact severe, score 20, level high.');
    expect(pi.rationale).toContain('Impact: Wrong advice');
    expect(threat('Knowledge base poisoning')).toMatchObject({ likelihood: 2, impact: 3 });
    expect(threat('Unrated threat')).toMatchObject({ likelihood: 3, impact: 3 });
    expect(notes(report.approximations)).toMatch(/Threats in no risk \(1\): Likelihood and impact set to 3/);
  });

  it('maps controls to linked mitigations', () => {
    const filter = mitigation('Input filtering');
    expect(filter.status).toBe('implemented');
    expect(filter.links.map((l) => l.threatId).sort()).toEqual([threat('Prompt injection').id, threat('Knowledge base poisoning').id].sort());
    expect(filter.description).toContain('Priority: high');
    expect(filter.description).toContain('Trust boundary: Internet ↔ Production VPC');
    expect(mitigation('Content review')).toMatchObject({ status: 'proposed', links: [{ threatId: threat('Knowledge base poisoning').id }] });
    expect(mitigation('Odd control').status).toBe('proposed');
    expect(notes(report.approximations)).toMatch(/Unknown status “mysterious”: imported as Proposed/);
    expect(notes(report.unmapped)).toMatch(/Refers to threat “nope”, which is not in the file/);
  });

  it('keeps boundaries, assumptions, personas and metadata in the model description and reports the rest', () => {
    const d = doc.model.description;
    expect(d).toContain('An LLM chatbot answering customer questions.');
    expect(d).toContain('business_criticality: high');
    expect(d).toContain('reviewed_at: 2026-01-15');
    expect(d).toContain('- Internet ↔ Production VPC: authentication: sso; access control: rbac');
    expect(d).toContain('- The gateway authenticates every request (confirmed) — topics: Production VPC');
    expect(d).toContain('- Mallory: A curious customer\n  skill_level: novice');
    expect(notes(report.unmapped)).toMatch(/Data set “Lost set”: Placed in data store “missing-store”/);
    expect(notes(report.unmapped)).toMatch(/Gateway: Its trust zone “nowhere” is not in the file/);
    expect(notes(report.approximations)).toMatch(/Trust boundaries \(1\)/);
  });

  it('is deterministic with a seed', () => {
    expect(importTmBom(small, options)).toEqual(result);
  });
});

describe('TM-BOM import: bad input', () => {
  it.each(hostileInputs(small))('refuses %s', (_, input) => {
    expect(() => importTmBom(input)).toThrow(ImportFormatError);
  });
  it('refuses wrong shapes and duplicate symbolic names with a path', () => {
    expect(() => importTmBom({ ...small, components: 'x' })).toThrow(/components/);
    expect(() => importTmBom({ ...small, data_flows: [{ source: { type: 'actor' } }] })).toThrow(ImportFormatError);
    expect(() => importTmBom({ ...small, threats: [{ symbolic_name: 'a', title: 'A' }, { symbolic_name: 'a', title: 'B' }] })).toThrow(/used twice/);
  });
});

describe.skipIf(!samplePresent)('TM-BOM import (HuskyAI sample)', () => {
  const result = samplePresent ? importTmBom(readJson(huskyPath), options) : null!;
  it('imports with the expected counts', () => {
    expectImportable(result);
    // 4 actors + 6 components + 7 data stores; 23 flows; 22 controls linked 32 times.
    expect(result.report.counts).toEqual({ elements: 17, boundaries: 2, flows: 23, threats: 9, mitigations: 22, links: 32 });
    expect(result.document.model.name).toBe('Husky AI');
  });
  it('spot-checks fields', () => {
    const { document: doc, report } = result;
    const el = (name: string) => doc.graph.elements.find((e) => e.name === name)!;
    expect(el('Engineer').kind).toBe('human-actor');
    expect(el('Deployment').kind).toBe('deployment');
    expect(el('API Key').kind).toBe('secrets-store');
    expect(el('Training and Validation Images').kind).toBe('data-store');
    expect(el('Training and Validation Images').description).toContain('Training and Validation Images (encrypted at rest)');
    const ssh = doc.threats.find((t) => t.title.startsWith('SSH') || t.description.includes('TM-BOM: ssh-compromise-vulnerability'))!;
    expect(ssh).toMatchObject({ likelihood: 3, impact: 5 });
    expect(doc.mitigations.filter((m) => m.status === 'implemented')).toHaveLength(4);
    expect(doc.model.description).toContain('Trust boundaries (from TM-BOM)');
    expect(doc.model.description).toContain('Ratimir');
    const unmapped = report.unmapped.map((n) => `${n.subject}: ${n.detail}`).join('\n');
    expect(unmapped).toContain('uploaded-images-redis');
    expect(report.approximations.map((n) => n.detail).join('\n')).toMatch(/declared as actor but is a data store/);
  });
});
