import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../exchange/test-document';
import { diffDocuments, diffSize, emptyDiff } from './diff';
import { modelDiffSchema } from './summary';

const clone = () => structuredClone(sampleDocument());

describe('model diff', () => {
  it('finds nothing between a document and its copy, even with keys in another order', () => {
    const a = clone();
    const b = clone();
    b.threats[0]!.references = Object.fromEntries(Object.entries(b.threats[0]!.references).reverse());
    b.graph.elements[0]!.properties = Object.fromEntries(Object.entries(b.graph.elements[0]!.properties).reverse());
    expect(diffDocuments(a, b)).toEqual(emptyDiff());
    expect(diffSize(diffDocuments(a, b))).toBe(0);
  });

  it('counts everything as added without a baseline', () => {
    const doc = clone();
    const diff = diffDocuments(null, doc);
    expect(diff.elements.added).toHaveLength(doc.graph.elements.length);
    expect(diff.flows.added).toHaveLength(doc.graph.flows.length);
    expect(diff.boundaries.added).toHaveLength(doc.graph.boundaries.length);
    expect(diff.threats.added.map((t) => t.id).sort()).toEqual(['threat-a', 'threat-b']);
    expect(diff.mitigations.added).toEqual([{ id: 'mit-1', name: 'Filter retrieved content' }]);
    expect(diffSize(diff)).toBe(doc.graph.elements.length + doc.graph.flows.length + doc.graph.boundaries.length + 3);
  });

  it('reports threat rating changes with before and after values', () => {
    const before = clone();
    const after = clone();
    after.threats[0]!.likelihood = 2;
    after.threats[0]!.impact = 5;
    const diff = diffDocuments(before, after);
    expect(diff.threats.changed).toEqual([
      { id: 'threat-a', name: before.threats[0]!.title, fields: [{ field: 'likelihood', before: 4, after: 2 }, { field: 'impact', before: 4, after: 5 }] },
    ]);
    expect(diffSize(diff)).toBe(1);
  });

  it('reports added and removed threats and mitigations by name', () => {
    const before = clone();
    const after = clone();
    after.threats.push({ ...after.threats[1]!, id: 'threat-c', title: 'Prompt injection through uploaded files', source: 'workshop' });
    after.threats = after.threats.filter((t) => t.id !== 'threat-b');
    after.mitigations = [];
    const diff = diffDocuments(before, after);
    expect(diff.threats.added).toEqual([{ id: 'threat-c', name: 'Prompt injection through uploaded files' }]);
    expect(diff.threats.removed).toEqual([{ id: 'threat-b', name: before.threats[1]!.title }]);
    expect(diff.mitigations.removed).toEqual([{ id: 'mit-1', name: 'Filter retrieved content' }]);
    expect(diff.threats.changed).toEqual([]);
  });

  it('names changed fields of threats and mitigations, without values for long or structured ones', () => {
    const before = clone();
    const after = clone();
    const long = 'x'.repeat(500);
    after.threats[1]!.description = long;
    after.threats[1]!.stride = ['S'];
    after.threats[1]!.owner = null;
    after.threats[1]!.target = { type: 'model', id: null };
    after.threats[1]!.status = 'accepted';
    after.mitigations[0]!.status = 'implemented';
    after.mitigations[0]!.links = [];
    after.mitigations[0]!.dueDate = null;
    // Histories grow with every change: they are not changes themselves.
    after.threats[1]!.statusHistory.push({ from: 'identified', to: 'accepted', at: '2026-11-21T10:00:00.000Z', actor: null });
    after.mitigations[0]!.history = [];
    const diff = diffDocuments(before, after);
    expect(diff.threats.changed[0]!.fields).toEqual([
      { field: 'description' },
      { field: 'stride' },
      { field: 'status', before: 'identified', after: 'accepted' },
      { field: 'owner' },
      { field: 'target' },
    ]);
    expect(diff.mitigations.changed[0]!.fields).toEqual([
      { field: 'status', before: 'verified', after: 'implemented' },
      { field: 'dueDate', before: '2026-12-01', after: null },
      { field: 'links' },
    ]);
  });

  it('compares element properties key by key and ignores layout', () => {
    const before = clone();
    const after = clone();
    const el = after.graph.elements[0]!;
    el.x += 300;
    el.y -= 20;
    after.graph.boundaries[0]!.width += 100;
    expect(diffSize(diffDocuments(before, after))).toBe(0);
    el.name = 'Renamed stage';
    el.properties = { ...el.properties, exposure: 'internet', brandNew: 'yes' };
    const key = Object.keys(before.graph.elements[0]!.properties)[0];
    if (key) delete el.properties[key];
    el.boundaryId = null;
    const diff = diffDocuments(before, after);
    const fields = diff.elements.changed[0]!.fields.map((f) => f.field);
    expect(diff.elements.changed[0]!.name).toBe('Renamed stage');
    expect(fields).toContain('name');
    expect(fields).toContain('properties.brandNew');
    if (key) expect(fields).toContain(`properties.${key}`);
    expect(diff.elements.changed[0]!.fields.find((f) => f.field === 'properties.brandNew')).toEqual({ field: 'properties.brandNew', before: null, after: 'yes' });
    expect(diff.elements.changed[0]!.fields.find((f) => f.field === 'name')).toEqual({ field: 'name', before: before.graph.elements[0]!.name, after: 'Renamed stage' });
  });

  it('names flows by label, or by their ends as they were when removed', () => {
    const before = clone();
    const after = clone();
    const flow = before.graph.flows[0]!;
    const source = before.graph.elements.find((e) => e.id === flow.sourceId)!;
    const target = before.graph.elements.find((e) => e.id === flow.targetId)!;
    before.graph.flows[0] = { ...flow, label: '' };
    after.graph.flows = after.graph.flows.filter((f) => f.id !== flow.id);
    after.graph.elements = after.graph.elements.filter((e) => e.id !== source.id);
    after.graph.flows = after.graph.flows.filter((f) => f.sourceId !== source.id && f.targetId !== source.id);
    const diff = diffDocuments(before, after);
    expect(diff.flows.removed).toContainEqual({ id: flow.id, name: `${source.name} → ${target.name}` });
    expect(diff.elements.removed).toEqual([{ id: source.id, name: source.name }]);
    const added = clone();
    added.graph.flows.push({ id: 'f-new', sourceId: target.id, targetId: target.id, label: 'Loop', properties: {} });
    expect(diffDocuments(before, added).flows.added).toEqual([{ id: 'f-new', name: 'Loop' }]);
  });

  it('reports a flow re-pointed and a boundary re-parented', () => {
    const before = clone();
    const after = clone();
    const [e1, e2] = after.graph.elements;
    after.graph.flows[0]!.targetId = e1!.id === after.graph.flows[0]!.targetId ? e2!.id : e1!.id;
    after.graph.boundaries[0]!.parentId = 'elsewhere';
    const diff = diffDocuments(before, after);
    expect(diff.flows.changed[0]!.fields.map((f) => f.field)).toEqual(['targetId']);
    expect(diff.boundaries.changed[0]!.fields).toEqual([{ field: 'parentId', before: before.graph.boundaries[0]!.parentId, after: 'elsewhere' }]);
  });

  it('sorts entries by name and round-trips through the stored summary schema', () => {
    const before = clone();
    const after = clone();
    after.threats.push({ ...after.threats[0]!, id: 'z', title: 'Zebra' }, { ...after.threats[0]!, id: 'y', title: 'Aardvark' });
    const diff = diffDocuments(before, after);
    expect(diff.threats.added.map((t) => t.name)).toEqual(['Aardvark', 'Zebra']);
    expect(modelDiffSchema.parse(JSON.parse(JSON.stringify(diff)))).toEqual(diff);
  });
});
