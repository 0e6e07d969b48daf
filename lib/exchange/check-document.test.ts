import { describe, expect, it } from 'vitest';
import { documentCounts, parseModelDocument } from './check-document';
import { sampleDocument } from './test-document';

const problemsOf = (doc: unknown) => {
  const r = parseModelDocument(doc);
  return r.ok ? [] : [r.message, ...r.problems];
};

describe('parseModelDocument', () => {
  it('accepts an export as it is', () => {
    const doc = sampleDocument();
    const r = parseModelDocument(JSON.parse(JSON.stringify(doc)));
    expect(r.ok).toBe(true);
    expect(documentCounts(doc)).toMatchObject({ threats: 2, mitigations: 1 });
  });

  it('names the format and the version when they are wrong', () => {
    expect(problemsOf({ ...sampleDocument(), format: 'threatdragon' })[0]).toMatch(/not a Threatline model file/);
    expect(problemsOf({ ...sampleDocument(), formatVersion: 2 })[0]).toMatch(/format version 2; this installation reads version 1/);
    expect(problemsOf('a string')[0]).toMatch(/not a JSON object/);
    expect(problemsOf([])[0]).toMatch(/not a JSON object/);
    expect(problemsOf(null)[0]).toMatch(/not a JSON object/);
  });

  it('reports schema problems with their path', () => {
    const doc = sampleDocument() as unknown as { threats: { likelihood: unknown }[] };
    doc.threats[0]!.likelihood = 9;
    expect(problemsOf(doc)[0]).toMatch(/threats\.0\.likelihood/);
  });

  it('refuses dangling references', () => {
    const dangling = sampleDocument();
    dangling.graph.flows[0]!.targetId = 'nowhere';
    expect(problemsOf(dangling)[0]).toMatch(/connects element “nowhere”, which is not in the document/);

    const target = sampleDocument();
    target.threats[0]!.target = { type: 'element', id: 'ghost' };
    expect(problemsOf(target).join('\n')).toMatch(/targets element “ghost”/);

    const link = sampleDocument();
    link.mitigations[0]!.links.push({ threatId: 'threat-z', likelihoodReduction: 0, impactReduction: 0 });
    expect(problemsOf(link).join('\n')).toMatch(/linked to threat “threat-z”/);

    const accepted = sampleDocument();
    accepted.suggestions[0]!.acceptedThreatId = 'threat-z';
    expect(problemsOf(accepted).join('\n')).toMatch(/accepted as threat “threat-z”/);
  });

  it('refuses unknown kinds, bad properties, statuses, duplicate ids and nesting cycles', () => {
    const kind = sampleDocument();
    kind.graph.elements[0]!.kind = 'quantum-oracle';
    expect(problemsOf(kind).join('\n')).toMatch(/unknown kind “quantum-oracle”/);

    const props = sampleDocument();
    props.graph.flows[0]!.properties = { encryption: 'carrier-pigeon' };
    expect(problemsOf(props).join('\n')).toMatch(/Flow .*encryption/);

    const status = sampleDocument();
    status.threats[0]!.status = 'solved';
    status.mitigations[0]!.controlType = 'magic';
    expect(problemsOf(status).join('\n')).toMatch(/unknown status “solved”[\s\S]*unknown control type “magic”/);

    const dup = sampleDocument();
    dup.graph.elements[1]!.id = dup.graph.elements[0]!.id;
    expect(problemsOf(dup).join('\n')).toMatch(/used twice/);

    const cycle = sampleDocument();
    cycle.graph.boundaries.push(
      { id: 'loop-a', kind: cycle.graph.boundaries[0]!.kind, name: 'A', parentId: 'loop-b', x: 0, y: 0, width: 100, height: 100, properties: {} },
      { id: 'loop-b', kind: cycle.graph.boundaries[0]!.kind, name: 'B', parentId: 'loop-a', x: 0, y: 0, width: 100, height: 100, properties: {} },
    );
    expect(problemsOf(cycle).join('\n')).toMatch(/Boundary “A” has a parent “loop-b” that is missing or nested inside it/);

    const self = sampleDocument();
    self.graph.flows[0]!.targetId = self.graph.flows[0]!.sourceId;
    expect(problemsOf(self).join('\n')).toMatch(/two different elements/);
  });

  it('keeps hostile text as text: no error for markup in names', () => {
    const doc = sampleDocument();
    doc.model.name = '<script>alert(1)</script>';
    doc.threats[0]!.title = '"><img src=x onerror=alert(1)>';
    expect(parseModelDocument(doc).ok).toBe(true);
  });

  it('refuses ids that are not ids (the graph schema) and oversized strings', () => {
    const doc = sampleDocument();
    doc.graph.elements[0]!.id = '../../etc/passwd';
    expect(parseModelDocument(doc).ok).toBe(false);
    const big = sampleDocument();
    big.model.description = 'x'.repeat(10_001);
    expect(problemsOf(big)[0]).toMatch(/model\.description/);
  });
});
