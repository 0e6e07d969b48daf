import { describe, expect, it } from 'vitest';
import type { Graph, GraphBoundary, GraphElement, GraphFlow } from './types';
import { boundaryPath, crossesBoundary, modelIssueCodes, validateGraph, type ModelIssue } from './validate';

const B = (id: string, parentId: string | null, extra: Partial<GraphBoundary> = {}): GraphBoundary => ({
  id, kind: 'namespace', name: `Boundary ${id}`, parentId, x: 0, y: 0, width: 400, height: 300, properties: {}, ...extra,
});
const E = (id: string, boundaryId: string | null, extra: Partial<GraphElement> = {}): GraphElement => ({
  id, kind: 'data-store', name: `Element ${id}`, description: '', boundaryId, x: 10, y: 10, properties: {}, ...extra,
});
const F = (id: string, sourceId: string, targetId: string, extra: Partial<GraphFlow> = {}): GraphFlow => ({
  id, sourceId, targetId, label: `flow ${id}`, properties: { classification: 'internal' }, ...extra,
});
const graph = (boundaries: GraphBoundary[], elements: GraphElement[], flows: GraphFlow[]): Graph => ({
  boundaries: Object.fromEntries(boundaries.map((b) => [b.id, b])),
  elements: Object.fromEntries(elements.map((e) => [e.id, e])),
  flows: Object.fromEntries(flows.map((f) => [f.id, f])),
});

/** cloud > cluster > ns-a, ns-b; a store in each namespace and one directly in the cloud account. */
function clean(): Graph {
  return graph(
    [B('cloud', null, { kind: 'cloud-account' }), B('cluster', 'cloud', { kind: 'kubernetes-cluster' }), B('ns-a', 'cluster'), B('ns-b', 'cluster')],
    [
      E('a', 'ns-a'),
      E('b', 'ns-b'),
      E('c', 'cloud'),
      E('hub', 'cloud', { kind: 'pretrained-model', properties: { sourceUrl: 'https://huggingface.co/org/model' } }),
      E('a2', 'ns-a'),
    ],
    [F('ab', 'a', 'b'), F('aa2', 'a', 'a2'), F('bc', 'b', 'c'), F('hubc', 'hub', 'c', { properties: { classification: 'public' } })],
  );
}

const only = (issues: ModelIssue[], code: string) => issues.filter((i) => i.code === code);

describe('validateGraph', () => {
  it('finds nothing wrong with a clean graph', () => {
    expect(validateGraph(clean())).toEqual([]);
    expect(validateGraph({ elements: {}, boundaries: {}, flows: {} })).toEqual([]);
  });

  it('reports a flow without classification as an error naming both ends', () => {
    const g = clean();
    g.flows.ab!.properties = {};
    expect(validateGraph(g)).toEqual([
      {
        severity: 'error',
        code: 'flow-unclassified',
        message: 'Flow “flow ab” from “Element a” to “Element b” has no data classification.',
        target: { type: 'flow', id: 'ab' },
      },
    ]);
    g.flows.ab!.label = ' ';
    expect(validateGraph(g)[0]?.message).toBe('The flow from “Element a” to “Element b” has no data classification.');
  });

  it('warns about elements outside every boundary', () => {
    const g = clean();
    g.elements.c!.boundaryId = null;
    expect(validateGraph(g)).toEqual([
      { severity: 'warning', code: 'element-outside-boundary', message: '“Element c” is not inside any trust boundary.', target: { type: 'element', id: 'c' } },
    ]);
  });

  it('requires provenance on model artefacts', () => {
    const g = clean();
    g.elements.hub!.properties = { sourceUrl: '  ' };
    g.elements.reg = E('reg', 'cloud', { kind: 'model-registry', name: 'Registry' });
    g.elements.img = E('img', 'cloud', { kind: 'artifact-build', name: 'Image', properties: { provenance: 'Built by CI from registry v3' } });
    const issues = only(validateGraph(g), 'model-without-provenance');
    expect(issues.map((i) => i.target.id).sort()).toEqual(['hub', 'reg']);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issues.find((i) => i.target.id === 'reg')?.message).toBe('“Registry” has no provenance: record its source URL or where it came from.');
  });

  it('reports blank names on elements and boundaries', () => {
    const g = clean();
    g.elements.a!.name = '   ';
    g.boundaries['ns-b']!.name = '';
    const issues = validateGraph(g);
    expect(only(issues, 'element-unnamed')).toEqual([
      { severity: 'error', code: 'element-unnamed', message: 'An unnamed Data store element needs a name.', target: { type: 'element', id: 'a' } },
    ]);
    expect(only(issues, 'boundary-unnamed')[0]?.message).toBe('An unnamed Namespace boundary needs a name.');
    expect(only(issues, 'flow-unclassified')).toEqual([]);
  });

  it('reports properties that do not match the kind', () => {
    const g = clean();
    g.elements.a!.properties = { accessControl: 'maybe', owner: 'x'.repeat(600) };
    g.boundaries.cloud!.properties = { provider: 'ibm' };
    g.flows.bc!.properties = { classification: 'top-secret' };
    const issues = validateGraph(g);
    const el = only(issues, 'element-properties-invalid');
    expect(el).toHaveLength(1);
    expect(el[0]?.message).toBe(
      '“Element a” has invalid properties: Owner must be at most 500 characters. Access restricted must be one of: Yes, No, Unknown.',
    );
    expect(only(issues, 'boundary-properties-invalid')[0]?.target).toEqual({ type: 'boundary', id: 'cloud' });
    expect(only(issues, 'flow-properties-invalid')[0]?.target).toEqual({ type: 'flow', id: 'bc' });
    expect(only(issues, 'flow-unclassified')).toEqual([]);
  });

  it('reports unknown kinds', () => {
    const g = clean();
    g.elements.a!.kind = 'toaster';
    g.boundaries['ns-a']!.kind = 'moat';
    const codes = validateGraph(g).map((i) => i.code).sort();
    expect(codes).toEqual(['boundary-kind-unknown', 'element-kind-unknown']);
  });

  it('reports flows whose ends are missing', () => {
    const g = clean();
    g.flows.ghost = F('ghost', 'a', 'gone');
    g.flows.ghost2 = F('ghost2', 'gone', 'gone-too', { label: '' });
    const issues = only(validateGraph(g), 'flow-endpoint-missing');
    expect(issues.map((i) => i.message)).toEqual([
      'Flow “flow ghost”: its target no longer exists.',
      'The flow: its source and target no longer exist.',
    ]);
  });

  it('warns about a flow from an element to itself', () => {
    const g = clean();
    g.flows.loop = F('loop', 'a', 'a');
    expect(validateGraph(g).map((i) => [i.severity, i.code])).toEqual([['warning', 'flow-self-loop']]);
  });

  it('reports missing parents, nesting cycles and missing element boundaries', () => {
    const g = clean();
    g.boundaries.orphan = B('orphan', 'nowhere');
    g.boundaries.x = B('x', 'y');
    g.boundaries.y = B('y', 'z');
    g.boundaries.z = B('z', 'x');
    g.boundaries.tail = B('tail', 'x'); // hangs off the cycle without being part of it
    g.boundaries.self = B('self', 'self');
    g.elements.lost = E('lost', 'deleted-boundary');
    const issues = validateGraph(g);
    expect(only(issues, 'boundary-parent-missing').map((i) => i.target.id)).toEqual(['orphan']);
    expect(only(issues, 'boundary-cycle').map((i) => i.target.id).sort()).toEqual(['self', 'x', 'y', 'z']);
    expect(only(issues, 'boundary-cycle')[0]?.message).toMatch(/^Boundary “Boundary [xyz]” is nested inside itself\.$/);
    expect(only(issues, 'element-boundary-missing')).toEqual([
      { severity: 'error', code: 'element-boundary-missing', message: '“Element lost” is in a boundary that no longer exists.', target: { type: 'element', id: 'lost' } },
    ]);
    expect(issues).toHaveLength(6);
  });

  it('uses only declared codes', () => {
    const g = clean();
    g.elements.a!.name = '';
    g.flows.ab!.properties = {};
    for (const issue of validateGraph(g)) expect(modelIssueCodes).toContain(issue.code);
  });
});

describe('boundaryPath', () => {
  it('lists boundaries from innermost to outermost', () => {
    const g = clean();
    expect(boundaryPath(g, 'a')).toEqual(['ns-a', 'cluster', 'cloud']);
    expect(boundaryPath(g, 'c')).toEqual(['cloud']);
    expect(boundaryPath(g, 'missing')).toEqual([]);
  });

  it('stops at a missing parent or a cycle', () => {
    const g = clean();
    g.boundaries.cloud!.parentId = 'ns-a';
    expect(boundaryPath(g, 'a')).toEqual(['ns-a', 'cluster', 'cloud']);
    g.boundaries.cloud!.parentId = 'gone';
    expect(boundaryPath(g, 'a')).toEqual(['ns-a', 'cluster', 'cloud']);
    g.elements.a!.boundaryId = null;
    expect(boundaryPath(g, 'a')).toEqual([]);
  });
});

describe('crossesBoundary', () => {
  it('is true only when the ends sit in different innermost boundaries', () => {
    const g = clean();
    expect(crossesBoundary(g, 'ab')).toBe(true); // sibling namespaces
    expect(crossesBoundary(g, 'bc')).toBe(true); // namespace -> enclosing account
    expect(crossesBoundary(g, 'aa2')).toBe(false);
    expect(crossesBoundary(g, 'hubc')).toBe(false);
    expect(crossesBoundary(g, 'nope')).toBe(false);
  });

  it('treats a missing or absent boundary as none', () => {
    const g = clean();
    g.elements.a!.boundaryId = null;
    g.elements.a2!.boundaryId = 'deleted';
    expect(crossesBoundary(g, 'aa2')).toBe(false);
    g.flows.dangling = F('dangling', 'a', 'gone');
    expect(crossesBoundary(g, 'dangling')).toBe(false);
  });
});

describe('scale', () => {
  it('validates 1,000 elements and 1,500 flows with deep nesting', () => {
    const boundaries: GraphBoundary[] = [];
    // A 200-deep chain plus 50 flat boundaries exercises the parent walks.
    for (let i = 0; i < 200; i++) boundaries.push(B(`chain-${i}`, i === 0 ? null : `chain-${i - 1}`));
    for (let i = 0; i < 50; i++) boundaries.push(B(`flat-${i}`, null, { kind: 'cloud-account' }));
    const elements = Array.from({ length: 1000 }, (_, i) => E(`e${i}`, i % 2 ? `chain-${i % 200}` : `flat-${i % 50}`, { kind: i % 3 ? 'data-store' : 'training-job' }));
    const flows = Array.from({ length: 1500 }, (_, i) => F(`f${i}`, `e${i % 1000}`, `e${(i * 7 + 1) % 1000}`));
    const g = graph(boundaries, elements, flows);
    expect(validateGraph(g)).toEqual([]);
    let crossing = 0;
    for (const id of Object.keys(g.flows)) if (crossesBoundary(g, id)) crossing++;
    expect(crossing).toBeGreaterThan(0);
    expect(boundaryPath(g, 'e199')).toHaveLength(200);
  });
});
