import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../types';
import { exportThreatDragon } from './export';
import { importThreatDragon, isThreatDragon } from './import';
import { expectImportable } from './test-helpers';

// Compatibility with real Threat Dragon files: the OWASP demo models and generated large models in
// ../shared/reference/samples (not part of this repository). Skipped, with a note, without them.
const samplesDir = path.resolve(import.meta.dirname, '../../../../shared/reference/samples/threat-dragon');
const present = existsSync(samplesDir);
if (!present) console.warn(`Threat Dragon sample tests skipped: ${samplesDir} not found.`);
const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'schemas', 'threat-dragon-v2.schema.json'), 'utf8')) as object);
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(samplesDir, file), 'utf8'));

const expected = [
  ['cryptocurrency-wallet.json', { elements: 15, boundaries: 1, flows: 17, threats: 1, mitigations: 1 }],
  ['generated-200-elements.json', { elements: 90, boundaries: 10, flows: 100, threats: 570, mitigations: 570 }],
  ['generated-500-elements.json', { elements: 225, boundaries: 25, flows: 250, threats: 1425, mitigations: 1425 }],
  ['generic-cms.json', { elements: 5, boundaries: 1, flows: 5, threats: 0, mitigations: 0 }],
  ['iot-device.json', { elements: 11, boundaries: 0, flows: 14, threats: 4, mitigations: 4 }],
  ['online-game.json', { elements: 12, boundaries: 3, flows: 17, threats: 0, mitigations: 0 }],
  ['payment-online.json', { elements: 5, boundaries: 3, flows: 10, threats: 0, mitigations: 0 }],
  ['three-tier-web-app.json', { elements: 3, boundaries: 2, flows: 3, threats: 2, mitigations: 2 }],
  ['v2-threat-model.json', { elements: 7, boundaries: 0, flows: 10, threats: 14, mitigations: 14 }],
] as const;

describe.skipIf(!present)('Threat Dragon samples', () => {
  it.each(expected.map(([f, c]) => [f, c] as const))('%s converts with the expected counts', (file, counts) => {
    const json = read(file);
    expect(isThreatDragon(json)).toBe(true);
    const { document, report } = importThreatDragon(json);
    expect(report.counts).toEqual({ ...counts, links: counts.mitigations });
    expectImportable(document);
    // Written back out, it is a valid Threat Dragon file with the same cells and threats.
    const td = exportThreatDragon(document);
    expect(validate(td) ? [] : validate.errors).toEqual([]);
    expect(importThreatDragon(td).report.counts).toEqual(report.counts);
    // Nothing disappears silently: every cell is created or listed.
    expect(report.approximations.length + report.unmapped.length).toBeGreaterThan(0);
  });

  it('v2-threat-model.json: spot checks', () => {
    const { document: doc, report } = importThreatDragon(read('v2-threat-model.json'));
    expect(doc.model.name).toBe('Demo Threat Model');
    const names = doc.graph.elements.map((e) => `${e.name}:${e.kind}`).sort();
    expect(names).toEqual([
      'Background Worker Process:generic-process', 'Browser:external-entity', 'Database:data-store', 'Message Queue:generic-store',
      'Web Application Config:generic-store', 'Web Application:generic-process', 'Worker Config:generic-store',
    ]);
    const creds = doc.threats.find((t) => t.title === 'Accessing DB credentials')!;
    expect(creds).toMatchObject({ status: 'identified', likelihood: 4, impact: 4, stride: ['I'], target: { type: 'element' } });
    expect(doc.graph.elements.find((e) => e.id === creds.target.id)?.name).toBe('Worker Config');
    const mit = doc.mitigations.find((m) => m.links[0]!.threatId === creds.id)!;
    expect(mit.title).toBe('Encrypt the DB credentials in the configuration file.');
    expect(mit.description).toBe('Expire and replace the DB credentials regularly.');
    const https = doc.threats.find((t) => t.title === 'Data flow should use HTTP/S')!;
    expect(https).toMatchObject({ status: 'mitigated', target: { type: 'flow' } });
    expect(doc.graph.flows.find((f) => f.id === https.target.id)).toMatchObject({ label: 'Web Request', properties: { protocol: 'HTTP/S', encryption: 'tls' } });
    expect(report.approximations.filter((n) => n.subject.startsWith('Trust boundary curve'))).toHaveLength(3);
    expect(report.approximations.some((n) => n.detail.includes('It crosses') && n.detail.includes('“Web Request”'))).toBe(true);
  });

  it('cryptocurrency-wallet.json: CIA threat, Critical severity, text block listed', () => {
    const { document: doc, report } = importThreatDragon(read('cryptocurrency-wallet.json'));
    expect(doc.threats[0]).toMatchObject({ category: 'CIA: Integrity', stride: ['T'], likelihood: 4, impact: 5 });
    expect(doc.graph.boundaries[0]!.name).toBe('Electrum Wallet');
    expect(doc.graph.elements.filter((e) => e.boundaryId === doc.graph.boundaries[0]!.id).length).toBeGreaterThan(0);
    expect(report.unmapped.some((n) => n.subject.startsWith('Text block'))).toBe(true);
  });

  it('generated-500-elements.json: nesting and statuses', () => {
    const { document: doc } = importThreatDragon(read('generated-500-elements.json'));
    expect(doc.graph.elements.filter((e) => e.boundaryId !== null).length).toBeGreaterThan(0);
    const statuses = new Map<string, number>();
    for (const t of doc.threats) statuses.set(t.status, (statuses.get(t.status) ?? 0) + 1);
    expect(Object.fromEntries(statuses)).toEqual({ identified: 746, 'not-applicable': 343, mitigated: 336 });
  });

  it('v2-malformed-new-model.json is refused with a useful message', () => {
    const json = read('v2-malformed-new-model.json');
    expect(isThreatDragon(json)).toBe(true);
    expect(() => importThreatDragon(json)).toThrow(ImportFormatError);
    expect(() => importThreatDragon(json)).toThrow(
      'This is not a valid Threat Dragon v2 model: summary.title is missing (the file has “titled” instead); summary.description should be text, not a number; detail is missing (the file has “details” instead).',
    );
  });

  it('huskyai.tmbom.json and mobile-cloud.otm.json are not Threat Dragon files', () => {
    // huskyai is an OWASP TM-BOM (Threat Model Bill of Materials 1.0.1) document; mobile-cloud is OTM.
    expect(isThreatDragon(read('huskyai.tmbom.json'))).toBe(false);
    expect(isThreatDragon(read('mobile-cloud.otm.json'))).toBe(false);
  });
});
