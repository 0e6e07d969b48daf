import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../types';
import { importThreatDragon, isThreatDragon } from './import';
import { absolute, expectImportable } from './test-helpers';
import { severityFromTd, severityToTd, statusFromTd, statusToTd } from './threat-mapping';

const fixture = () => JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'minimal-v2.json'), 'utf8')) as Record<string, unknown>;
const opts = { idPrefix: 'x', now: '2026-11-27T00:00:00.000Z' };

describe('Threat Dragon import of the hand-written fixture', () => {
  const { document: doc, report } = importThreatDragon(fixture(), opts);
  const el = (name: string) => doc.graph.elements.find((e) => e.name === name)!;
  const threat = (title: string) => doc.threats.find((t) => t.title === title)!;

  it('is detected and converts into an importable document', () => {
    expect(isThreatDragon(fixture())).toBe(true);
    expectImportable(doc);
  });

  it('counts what it creates', () => {
    expect(report.counts).toEqual({ elements: 6, boundaries: 1, flows: 3, threats: 5, mitigations: 3, links: 3 });
    expect(report.source).toBe('Threat Dragon 2.3.0');
    expect(doc.model.name).toBe('Minimal fraud scoring');
    expect(doc.model.description).toContain('Owner: Ana. Reviewer: Cy. Contributors: Bo');
  });

  it('types shapes by name, else as generic kinds, and accepts legacy shape names', () => {
    expect(el('Customer').kind).toBe('human-actor');
    expect(el('Transactions DB').kind).toBe('data-store');
    expect(el('Nightly training').kind).toBe('training-job');
    expect(el('Model registry').kind).toBe('model-registry');
    expect(el('Message queue').kind).toBe('generic-store'); // shape "tm.Store" (v1 spelling)
    expect(report.approximations.some((n) => n.subject === '1 Threat Dragon store → Store' && n.detail.includes('“Message queue”'))).toBe(true);
  });

  it('nests elements in boundary boxes by geometry with relative positions', () => {
    const [box] = doc.graph.boundaries;
    expect(box).toMatchObject({ name: 'AWS account', kind: 'cloud-account', x: 200, y: 0, width: 600, height: 400, parentId: null });
    expect(el('Fraud scoring API')).toMatchObject({ boundaryId: box!.id, x: 100, y: 100 });
    expect(absolute(doc, el('Fraud scoring API').id)).toEqual({ x: 300, y: 100 });
    expect(el('Customer').boundaryId).toBeNull();
  });

  it('stacks the second diagram below the first', () => {
    expect(el('Nightly training').y).toBeGreaterThan(900);
    expect(report.approximations.some((n) => n.subject === '2 diagrams')).toBe(true);
  });

  it('keeps properties and out-of-scope flags, and says so', () => {
    const store = el('Transactions DB');
    expect(store.properties).toEqual({ encryptionAtRest: 'yes', tags: ['out-of-scope'] });
    expect(store.description).toContain('Out of scope: Run by the bank.');
    expect(store.description).toContain('stores credentials or PII');
    expect(el('Message queue').properties).toEqual({});
    expect(report.approximations.some((n) => n.subject === 'Element “Transactions DB”' && n.detail.includes('out of scope'))).toBe(true);
  });

  it('converts flows and reports what flows cannot hold', () => {
    const payment = doc.graph.flows.find((f) => f.label === 'Payment request')!;
    expect(payment).toMatchObject({ sourceId: el('Customer').id, targetId: el('Fraud scoring API').id, properties: { protocol: 'HTTPS', encryption: 'tls' } });
    expect(report.unmapped.some((n) => n.subject === 'Flow “Payment request”' && n.detail.includes('Card details'))).toBe(true);
    expect(report.unmapped.some((n) => n.subject === '1 flow over a public network')).toBe(true);
    expect(report.unmapped.some((n) => n.subject === 'Flow “Nowhere”' && n.path === 'detail.diagrams[0].cells[7]')).toBe(true);
    expect(report.unmapped.some((n) => n.subject.startsWith('Text block “Draft'))).toBe(true);
  });

  it('reports the (legacy-spelt) trust boundary curve with the flow it crosses', () => {
    const note = report.approximations.find((n) => n.subject === 'Trust boundary curve “Internet edge”');
    expect(note?.detail).toContain('It crosses 1 flow: “Payment request”');
  });

  it('maps threats: status, severity, type and mitigation text', () => {
    expect(threat('Model theft by querying')).toMatchObject({
      target: { type: 'element', id: el('Fraud scoring API').id }, status: 'identified', likelihood: 4, impact: 4,
      stride: ['I'], category: 'Information disclosure', rationale: 'Threat Dragon score: 8.1', source: 'manual',
    });
    expect(threat('Spoofed caller')).toMatchObject({ status: 'mitigated', likelihood: 3, impact: 3, stride: ['S'] });
    expect(threat('Unrated')).toMatchObject({ status: 'mitigated', likelihood: 3, impact: 3, stride: ['T'], category: 'CIA: Integrity' });
    expect(threat('Tampered request')).toMatchObject({ target: { type: 'flow' }, status: 'not-applicable', likelihood: 2, impact: 2 });
    expect(threat('Lost threat').target).toEqual({ type: 'model', id: null });
    const rate = doc.mitigations.find((m) => m.title === 'Rate-limit callers')!;
    expect(rate).toMatchObject({ description: 'Per API key, 100 requests per minute.', status: 'proposed', links: [{ threatId: threat('Model theft by querying').id }] });
    expect(doc.mitigations.find((m) => m.title === 'Mutual TLS between services.')?.status).toBe('implemented');
    for (const s of ['Avoided', 'TBD']) expect(report.approximations.some((n) => n.subject.includes(`“${s}”`))).toBe(true);
  });

  it('generates fresh ids', () => {
    const again = importThreatDragon(fixture());
    expect(again.document.graph.elements[0]!.id).not.toBe(doc.graph.elements[0]!.id);
    expectImportable(again.document);
  });
});

describe('Threat Dragon 1.x files', () => {
  const v1 = () => JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'minimal-v1.json'), 'utf8')) as Record<string, unknown>;

  it('are read through the v1 layout', () => {
    expect(isThreatDragon(v1())).toBe(true);
    const { document: doc, report } = importThreatDragon(v1(), opts);
    expectImportable(doc);
    expect(report.source).toBe('Threat Dragon 1.x');
    expect(report.counts).toEqual({ elements: 3, boundaries: 0, flows: 2, threats: 1, mitigations: 1, links: 1 });
    const byName = Object.fromEntries(doc.graph.elements.map((e) => [e.name, e]));
    expect(byName.Admin?.kind).toBe('human-actor');
    expect(byName['Model serving']).toMatchObject({ kind: 'inference-service', description: 'Threat Dragon: privilege level: admin; web application.' });
    expect(byName['Audit log']).toMatchObject({ kind: 'generic-store', properties: { notes: 'Threat Dragon: holds logs.', tags: ['out-of-scope'] } });
    expect(doc.graph.flows.map((f) => f.label).sort()).toEqual(['Admin request', 'Audit events']);
    expect(doc.threats[0]).toMatchObject({ title: 'Spoofed admin', stride: ['S'], target: { type: 'element', id: byName['Model serving']!.id } });
    expect(report.approximations.some((n) => n.subject === 'Trust boundary curve' && n.detail.includes('“Admin request”'))).toBe(true);
  });

  it('with a damaged cell are refused with its path', () => {
    const bad = v1();
    ((bad.detail as { diagrams: { diagramJson: { cells: unknown[] } }[] }).diagrams[0]!.diagramJson.cells)[1] = 'not a cell';
    expect(() => importThreatDragon(bad)).toThrow(/detail\.diagrams\[0\]\.cells\[1\]/);
  });
});

describe('Threat Dragon mapping tables', () => {
  it('round-trips severities and statuses', () => {
    for (const [name, r] of Object.entries(severityFromTd)) expect(severityToTd(r.likelihood, r.impact).toLowerCase()).toBe(name);
    for (const [ours, td] of Object.entries(statusToTd)) {
      const back = statusFromTd[td.toLowerCase()]!.status;
      expect(ours === 'mitigating' ? 'identified' : ours).toBe(back);
    }
  });
});

describe('malformed and hostile Threat Dragon files', () => {
  const fails = (json: unknown) => {
    try {
      importThreatDragon(json);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportFormatError);
      return e as ImportFormatError;
    }
    throw new Error('expected an ImportFormatError');
  };

  it('rejects non-objects and other formats', () => {
    expect(fails(null).message).toMatch(/not a JSON object/);
    expect(fails([1]).message).toMatch(/not a JSON object/);
    expect(isThreatDragon({ format: 'threatline.model' })).toBe(false);
    expect(isThreatDragon('x')).toBe(false);
  });

  it('names the path of a bad field', () => {
    const bad = fixture();
    (bad.detail as { diagrams: { cells: { id: unknown }[] }[] }).diagrams[0]!.cells[2]!.id = { evil: true };
    const e = fails(bad);
    expect(e.path).toBe('detail.diagrams[0].cells[2].id');
    expect(e.message).toContain('detail.diagrams[0].cells[2].id');
    const noTitle = fixture();
    delete (noTitle.summary as Record<string, unknown>).title;
    expect(fails(noTitle).message).toBe('This is not a valid Threat Dragon v2 model: summary.title is missing.');
    const misspelt = { version: '2.1.3', summary: { title: 'x' }, details: { diagrams: [] } };
    expect(isThreatDragon(misspelt)).toBe(true);
    expect(fails(misspelt)).toMatchObject({ path: 'detail', message: 'This is not a valid Threat Dragon v2 model: detail is missing (the file has “details” instead).' });
  });

  it('refuses other versions, oversized lists and non-finite numbers', () => {
    expect(fails({ ...fixture(), version: '3.0.0' }).message).toMatch(/version 3\.0\.0/);
    const many = fixture();
    (many.detail as { diagrams: unknown[] }).diagrams = Array.from({ length: 201 }, () => ({ cells: [] }));
    expect(fails(many).path).toBe('detail.diagrams');
    const huge = fixture();
    (huge.detail as { diagrams: { cells: { position?: unknown }[] }[] }).diagrams[0]!.cells[1]!.position = { x: 1e300, y: 0 };
    expect(fails(huge).path).toBe('detail.diagrams[0].cells[1].position.x');
  });

  it('refuses models larger than a Threatline model may be, before creating anything', () => {
    const big = fixture();
    const cells = (big.detail as { diagrams: { cells: { data?: { threats?: unknown[] } }[] }[] }).diagrams[0]!.cells;
    for (const c of cells.slice(1, 6)) c.data!.threats = Array.from({ length: 4001 }, () => ({ title: 'x' }));
    // 5 × 4001 plus the one on the dangling flow.
    expect(fails(big).message).toMatch(/has 20006 threats; Threatline imports at most 20,000/);
  });

  it('is not confused by prototype keys', () => {
    const sneaky = JSON.parse(JSON.stringify(fixture()).replace('"isWebApplication": true', '"__proto__": {"polluted": true}, "constructor": "x"').replace('"isWebApplication":true', '"__proto__":{"polluted":true},"constructor":"x"'));
    const { document } = importThreatDragon(sneaky, opts);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectImportable(document);
  });
});
