import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { documentOf } from '../../exchange/aibom-test-document';
import type { ModelDocument } from '../../exchange/model-document';
import { sampleDocument } from '../../exchange/test-document';
import { templates } from '../../templates';
import { exportThreatDragon } from './export';
import { importThreatDragon } from './import';
import { absolute, expectImportable } from './test-helpers';

// Threat Dragon's schema uses OpenAPI's `nullable`, unknown to JSON Schema: not strict.
const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'schemas', 'threat-dragon-v2.schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const fixture = () => JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'minimal-v2.json'), 'utf8')) as unknown;

function expectValid(td: object) {
  const ok = validate(td);
  expect(ok ? [] : validate.errors).toEqual([]);
}

/** What a round trip through Threat Dragon must keep, keyed by name (ids are regenerated). */
function essence(doc: ModelDocument) {
  const elName = new Map(doc.graph.elements.map((e) => [e.id, e.name]));
  const bName = new Map(doc.graph.boundaries.map((b) => [b.id, b.name]));
  const targetName = (t: ModelDocument['threats'][number]) => {
    if (t.target.type === 'element') return elName.get(t.target.id!);
    const f = doc.graph.flows.find((x) => x.id === t.target.id)!;
    return `${elName.get(f.sourceId)}→${elName.get(f.targetId)}`;
  };
  const sorted = <T>(list: T[]) => list.map((x) => JSON.stringify(x)).sort();
  return {
    elements: sorted(doc.graph.elements.map((e) => ({ name: e.name, kind: e.kind, description: e.description, properties: e.properties, boundary: e.boundaryId && bName.get(e.boundaryId), at: absolute(doc, e.id) }))),
    boundaries: sorted(doc.graph.boundaries.map((b) => ({ name: b.name, kind: b.kind, parent: b.parentId && bName.get(b.parentId), width: b.width, height: b.height, properties: b.properties }))),
    flows: sorted(doc.graph.flows.map((f) => ({ from: elName.get(f.sourceId), to: elName.get(f.targetId), label: f.label, properties: f.properties }))),
    threats: sorted(doc.threats.filter((t) => t.target.type !== 'model').map((t) => ({
      title: t.title, description: t.description, status: t.status, likelihood: t.likelihood, impact: t.impact, stride: t.stride, category: t.category, on: targetName(t),
    }))),
  };
}

describe('Threat Dragon export', () => {
  it.each(templates.map((t) => [t.id, t] as const))('the %s template validates against the Threat Dragon v2 schema', (_id, template) => {
    const td = exportThreatDragon(documentOf(template.build()));
    expectValid(td);
  });

  it('a document with threats and mitigations validates and carries them on the cells', () => {
    const doc = sampleDocument();
    const td = exportThreatDragon(doc) as { detail: { diagrams: { cells: { data: { threats?: { title: string; mitigation: string; status: string }[] } }[] }[] } };
    expectValid(td);
    const threats = td.detail.diagrams[0]!.cells.flatMap((c) => c.data.threats ?? []);
    expect(threats).toHaveLength(doc.threats.length);
    const a = threats.find((t) => t.title === doc.threats[0]!.title)!;
    expect(a.status).toBe('Open');
    expect(a.mitigation).toBe('Filter retrieved content');
  });

  it('the schema check can fail', () => {
    const td = exportThreatDragon(sampleDocument()) as { detail: { diagrams: { cells: { zIndex?: unknown }[] }[] } };
    delete td.detail.diagrams[0]!.cells[0]!.zIndex;
    expect(validate(td)).toBe(false);
  });

  it('re-exporting an imported Threat Dragon file validates', () => {
    expectValid(exportThreatDragon(importThreatDragon(fixture()).document));
  });
});

describe('round trip Threatline → Threat Dragon → Threatline', () => {
  const cases: [string, ModelDocument][] = [
    ...templates.map((t) => [`template ${t.id}`, documentOf(t.build())] as [string, ModelDocument]),
    ['the sample document with threats', sampleDocument()],
  ];

  it.each(cases)('%s keeps every element, boundary, flow and threat', (_name, doc) => {
    const back = importThreatDragon(JSON.parse(JSON.stringify(exportThreatDragon(doc))));
    expectImportable(back.document);
    expect(essence(back.document)).toEqual(essence(doc));
    expect(back.report.counts.elements).toBe(doc.graph.elements.length);
    // Kinds and properties come back exactly, so nothing is approximated.
    expect(back.report.approximations.filter((n) => n.subject.startsWith('Element') || n.subject.includes('→'))).toEqual([]);
  });

  it('mitigations come back with their fields and links, shared ones once', () => {
    const doc = sampleDocument();
    doc.mitigations[0]!.links.push({ threatId: 'threat-b', likelihoodReduction: 1, impactReduction: 0 });
    const back = importThreatDragon(exportThreatDragon(doc)).document;
    expect(back.mitigations).toHaveLength(1);
    const titleOf = (id: string, d: ModelDocument) => d.threats.find((t) => t.id === id)!.title;
    const [m] = back.mitigations;
    expect(m).toMatchObject({ title: 'Filter retrieved content', description: '', controlType: 'preventive', status: 'verified' });
    expect(m!.links.map((l) => ({ ...l, threatId: titleOf(l.threatId, back) }))).toEqual(doc.mitigations[0]!.links.map((l) => ({ ...l, threatId: titleOf(l.threatId, doc) })));
  });

  it('without our extra data (a file edited in Threat Dragon) the mitigation text becomes one mitigation per threat', () => {
    const td = exportThreatDragon(sampleDocument()) as { detail: { diagrams: { cells: { data: { threats?: { threatline?: unknown }[] } }[] }[] } };
    for (const c of td.detail.diagrams[0]!.cells) for (const t of c.data.threats ?? []) delete t.threatline;
    const back = importThreatDragon(td);
    expect(back.document.mitigations).toEqual([expect.objectContaining({ title: 'Filter retrieved content', status: 'proposed' })]);
    expect(back.document.threats.map((t) => t.status).sort()).toEqual(['identified', 'identified']);
    expect(back.report.approximations.some((n) => n.subject === '1 mitigation from threat text')).toBe(true);
  });
});
