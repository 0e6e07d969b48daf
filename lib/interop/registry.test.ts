import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../exchange/test-document';
import { convertImport, detectImportFormat, parseImportText, supportedImportFormats } from './registry';
import { ImportFormatError } from './types';

const samples = path.resolve(import.meta.dirname, '../../../shared/reference/samples');
const fixture = (rel: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, rel), 'utf8')) as unknown;

describe('import registry', () => {
  it('detects and converts our own JSON, reporting its counts', () => {
    const doc = sampleDocument();
    expect(detectImportFormat(doc)).toBe('threatline');
    const result = convertImport(JSON.parse(JSON.stringify(doc)));
    expect(result.format).toBe('threatline');
    expect(result.report.counts).toMatchObject({ elements: doc.graph.elements.length, flows: doc.graph.flows.length, threats: doc.threats.length, mitigations: doc.mitigations.length });
    expect(result.report.counts.links).toBe(doc.mitigations.reduce((n, m) => n + m.links.length, 0));
  });

  it('detects a Threat Dragon file and validates the converted document', () => {
    const json = fixture('threat-dragon/fixtures/minimal-v2.json');
    expect(detectImportFormat(json)).toBe('threat-dragon');
    const result = convertImport(json);
    expect(result.document.graph.elements.length).toBe(result.report.counts.elements);
    expect(result.report.counts.threats).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(samples))('detects the reference samples by content', () => {
    const read = (rel: string) => JSON.parse(readFileSync(path.join(samples, rel), 'utf8')) as unknown;
    expect(detectImportFormat(read('threat-dragon/v2-threat-model.json'))).toBe('threat-dragon');
    expect(detectImportFormat(read('threat-dragon/mobile-cloud.otm.json'))).toBe('otm');
    expect(detectImportFormat(read('threat-composer/ThreatComposer.tc.json'))).toBe('threat-composer');
    expect(detectImportFormat(read('threat-dragon/huskyai.tmbom.json'))).toBe('tm-bom');
    expect(convertImport(read('threat-dragon/huskyai.tmbom.json')).report.counts.threats).toBe(9);
  });

  it('detects a CycloneDX BOM', () => {
    expect(detectImportFormat({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [] })).toBe('cyclonedx');
  });

  it('detects a TM-BOM file by its keys', () => {
    expect(detectImportFormat({ trust_zones: [], components: [], data_flows: [] })).toBe('tm-bom');
  });

  it('refuses what it does not know with the formats it does', () => {
    expect(detectImportFormat({ hello: 'world' })).toBeNull();
    expect(detectImportFormat(null)).toBeNull();
    expect(() => convertImport({ hello: 'world' })).toThrow(ImportFormatError);
    expect(() => convertImport({ hello: 'world' })).toThrow(/not recognised.*Threatline JSON/);
    expect(supportedImportFormats[0]).toBe('threatline');
  });

  it('parses text with a clear error, and without prototype pollution', () => {
    expect(() => parseImportText('{"a": ')).toThrow(/not valid JSON/);
    const parsed = parseImportText('\uFEFF{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(['__proto__']);
  });
});
