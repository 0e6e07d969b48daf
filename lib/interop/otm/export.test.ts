import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { documentOf, handMadeGraph } from '../../exchange/aibom-test-document';
import type { ModelDocument } from '../../exchange/model-document';
import { sampleDocument } from '../../exchange/test-document';
import { templates } from '../../templates';
import schema from '../schemas/otm-0.2.0.schema.json';
import { expectImportable } from '../shared/test-helpers';
import { exportOtm } from './export';
import { importOtm } from './import';

const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);
const expectValid = (otm: object) => expect(validate(otm), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

/** A document with every kind of threat target, nested boundaries, elements outside any boundary and a model-wide threat. */
function richDocument(): ModelDocument {
  const doc = sampleDocument();
  const [b0] = doc.graph.boundaries;
  const outside = doc.graph.elements.find((e) => e.boundaryId === null) ?? doc.graph.elements[0]!;
  outside.boundaryId = null;
  doc.graph.boundaries.push({ id: 'inner', kind: 'namespace', name: 'Inner ns', parentId: b0!.id, x: 10, y: 20, width: 300, height: 200, properties: { podSecurityLevel: 'restricted', tags: ['x'] } });
  const flow = doc.graph.flows[0]!;
  doc.threats.push(
    { ...doc.threats[0]!, id: 'threat-flow', title: 'On a flow', target: { type: 'flow', id: flow.id }, status: 'accepted', likelihood: 1, impact: 5, stride: ['T', 'I'], category: '' },
    { ...doc.threats[0]!, id: 'threat-model', title: 'Model wide', target: { type: 'model', id: null }, status: 'transferred', likelihood: 2, impact: 3 },
  );
  doc.mitigations.push({ ...doc.mitigations[0]!, id: 'mit-2', title: 'Second', status: 'rejected', rejectionReason: 'Too costly', controlType: 'detective', links: [
    { threatId: 'threat-model', likelihoodReduction: 0, impactReduction: 3 },
    { threatId: 'threat-flow', likelihoodReduction: 2, impactReduction: 2 },
  ] });
  return doc;
}

const strip = (doc: ModelDocument) => {
  const names = new Map([...doc.graph.boundaries, ...doc.graph.elements].map((x) => [x.id, x.name]));
  const elementName = (id: string | null) => (id ? names.get(id) ?? id : null);
  const flowKey = new Map(doc.graph.flows.map((f) => [f.id, `${elementName(f.sourceId)}→${elementName(f.targetId)}:${f.label}`]));
  const targetKey = (t: ModelDocument['threats'][number]) => (t.target.type === 'element' ? `element:${elementName(t.target.id)}` : t.target.type === 'flow' ? `flow:${flowKey.get(t.target.id!)}` : 'model');
  const threatTitle = new Map(doc.threats.map((t) => [t.id, `${t.title}@${targetKey(t)}`]));
  // Key order differs between the two sides, so compare canonical (key-sorted) JSON.
  const canon = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
  const sort = <T>(list: T[]) => list.sort((a, b) => (canon(a) < canon(b) ? -1 : 1));
  return {
    model: { name: doc.model.name, description: doc.model.description },
    boundaries: sort(doc.graph.boundaries.map(({ id: _id, parentId, ...b }) => ({ ...b, parent: elementName(parentId) }))),
    elements: sort(doc.graph.elements.map(({ id: _id, boundaryId, ...e }) => ({ ...e, boundary: elementName(boundaryId) }))),
    flows: sort(doc.graph.flows.map((f) => ({ key: flowKey.get(f.id), properties: f.properties }))),
    threats: sort(doc.threats.map(({ id: _id, target: _t, ...t }) => ({ ...t, target: targetKey(doc.threats.find((x) => x.id === _id)!) }))),
    mitigations: sort(doc.mitigations.map(({ id: _id, links, ...m }) => ({ ...m, links: sort(links.map((l) => ({ ...l, threatId: threatTitle.get(l.threatId) }))) }))),
  };
};

describe('OTM export', () => {
  it.each(templates.map((t) => [t.id, t] as const))('the %s template exports valid OTM 0.2', (_id, template) => {
    expectValid(exportOtm(documentOf(template.build())));
  });

  it('the sample and hand-made documents export valid OTM', () => {
    expectValid(exportOtm(sampleDocument()));
    expectValid(exportOtm(richDocument()));
    expectValid(exportOtm(documentOf(handMadeGraph())));
  });

  it('the validator can fail', () => {
    const otm = exportOtm(richDocument()) as { components: { parent: unknown }[] };
    otm.components[0]!.parent = {};
    expect(validate(otm)).toBe(false);
  });

  it('writes OTM fields: nesting, positions, 0–100 risk, instances, risk reduction', () => {
    const doc = richDocument();
    const otm = exportOtm(doc) as Record<string, never[]> & { otmVersion: string };
    expect(otm.otmVersion).toBe('0.2.0');
    const inner = (otm.trustZones as { id: string; parent?: { trustZone: string } }[]).find((z) => z.id === 'inner')!;
    expect(inner.parent).toEqual({ trustZone: doc.graph.boundaries[0]!.id });
    const flowThreat = (otm.threats as { id: string; risk: object; categories: string[] }[]).find((t) => t.id === 'threat-flow')!;
    expect(flowThreat.risk).toEqual({ likelihood: 20, impact: 100 });
    expect(flowThreat.categories).toEqual(['Tampering', 'Information Disclosure']);
    const df = (otm.dataflows as { id: string; threats?: unknown[] }[]).find((f) => f.id === doc.graph.flows[0]!.id)!;
    expect(df.threats).toEqual([{ threat: 'threat-flow', state: 'accepted', mitigations: [{ mitigation: 'mit-2', state: 'rejected' }] }]);
    expect((otm.mitigations as { id: string; riskReduction: number }[]).find((m) => m.id === 'mit-2')!.riskReduction).toBe(100);
    const outsideZone = (otm.trustZones as { id: string; attributes: { threatline: { outside?: boolean } } }[]).find((z) => z.attributes.threatline.outside)!;
    expect((otm.components as { parent: { trustZone: string } }[]).some((c) => c.parent.trustZone === outsideZone.id)).toBe(true);
  });
});

describe('Round trip Threatline → OTM → Threatline', () => {
  it.each([
    ['the sample document', sampleDocument()],
    ['a document with every kind of target', richDocument()],
    ['the AI BoM document', documentOf(handMadeGraph())],
    ...templates.map((t) => [`the ${t.id} template`, documentOf(t.build())] as [string, ModelDocument]),
  ])('%s comes back whole', (_name, doc) => {
    const otm = JSON.parse(JSON.stringify(exportOtm(doc)));
    const result = importOtm(otm, { seed: 'rt' });
    expectImportable(result);
    expect(result.report.unmapped).toEqual([]);
    expect(result.report.approximations).toEqual([]);
    expect(strip(result.document)).toEqual(strip(doc));
  });
});
