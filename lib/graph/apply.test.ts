import { describe, expect, it } from 'vitest';
import { applyOps, boundaryOrigin, OpError } from './apply';
import { opSchema, type Op } from './op-schema';
import type { Graph } from './types';

function fixture(): Graph {
  return {
    boundaries: {
      cluster: { id: 'cluster', kind: 'k8s-cluster', name: 'prod', parentId: null, x: 100, y: 100, width: 800, height: 600, properties: {} },
      ns: { id: 'ns', kind: 'namespace', name: 'ml', parentId: 'cluster', x: 50, y: 60, width: 400, height: 300, properties: {} },
    },
    elements: {
      src: { id: 'src', kind: 'data-source', name: 'Events', description: '', boundaryId: null, x: 0, y: 0, properties: { origin: 'internal' } },
      api: { id: 'api', kind: 'inference-service', name: 'API', description: 'Scores', boundaryId: 'ns', x: 20, y: 30, properties: { exposure: 'internet' } },
      reg: { id: 'reg', kind: 'model-registry', name: 'Registry', description: '', boundaryId: 'cluster', x: 500, y: 40, properties: {} },
    },
    flows: {
      f1: { id: 'f1', sourceId: 'src', targetId: 'api', label: 'events', properties: { classification: 'personal' } },
      f2: { id: 'f2', sourceId: 'reg', targetId: 'api', label: 'weights', properties: {} },
    },
  };
}

const cases: [string, Op[]][] = [
  ['add an element', [{ type: 'element.add', element: { id: 'n', kind: 'agent', name: 'Agent', description: '', boundaryId: 'ns', x: 1, y: 2, properties: {} } }]],
  ['rename and patch properties', [{ type: 'element.update', id: 'api', changes: { name: 'Scoring API', properties: { exposure: 'internal', authentication: 'yes', removed: null } } }]],
  ['unset a property', [{ type: 'element.update', id: 'src', changes: { properties: { origin: null } } }]],
  ['re-type an element', [{ type: 'element.update', id: 'reg', changes: { kind: 'data-store' } }]],
  ['move', [{ type: 'element.move', id: 'api', x: 99, y: 98 }]],
  ['reparent into a boundary', [{ type: 'element.reparent', id: 'src', boundaryId: 'ns', x: 5, y: 6 }]],
  ['reparent out of every boundary', [{ type: 'element.reparent', id: 'api', boundaryId: null, x: 170, y: 190 }]],
  ['remove an element with its flows', [{ type: 'element.remove', id: 'api' }]],
  ['add a boundary', [{ type: 'boundary.add', boundary: { id: 'b2', kind: 'third-party', name: 'Vendor', parentId: null, x: 0, y: 900, width: 300, height: 200, properties: {} } }]],
  ['update a boundary', [{ type: 'boundary.update', id: 'ns', changes: { name: 'inference', properties: { podSecurity: 'restricted' } } }]],
  ['move and resize a boundary', [{ type: 'boundary.move', id: 'cluster', x: 0, y: 0 }, { type: 'boundary.resize', id: 'ns', x: 10, y: 10, width: 500, height: 350 }]],
  ['lift a boundary out of its parent', [{ type: 'boundary.reparent', id: 'ns', parentId: null, x: 150, y: 160 }]],
  ['remove a boundary, keeping its children', [{ type: 'boundary.remove', id: 'cluster' }]],
  ['connect and relabel', [{ type: 'flow.add', flow: { id: 'f3', sourceId: 'src', targetId: 'reg', label: '', properties: {} } }, { type: 'flow.update', id: 'f3', changes: { label: 'backfill', properties: { classification: 'internal' } } }]],
  ['remove a flow', [{ type: 'flow.remove', id: 'f1' }]],
];

describe('applyOps', () => {
  it.each(cases)('%s, then its inverse restores the graph exactly', (_name, ops) => {
    const before = fixture();
    const frozen = structuredClone(before);
    const { graph, inverse } = applyOps(before, ops);
    expect(graph).not.toEqual(before);
    expect(before).toEqual(frozen); // never mutates its input
    expect(applyOps(graph, inverse).graph).toEqual(before);
    for (const op of [...ops, ...inverse]) expect(opSchema.safeParse(op).success).toBe(true);
  });

  it('removes an element together with every flow touching it', () => {
    const { graph } = applyOps(fixture(), [{ type: 'element.remove', id: 'api' }]);
    expect(Object.keys(graph.flows)).toEqual([]);
  });

  it('keeps children in place on the canvas when their boundary is removed', () => {
    const g = fixture();
    const abs = (graph: Graph, id: string) => {
      const e = graph.elements[id]!;
      const o = boundaryOrigin(graph, e.boundaryId);
      return { x: o.x + e.x, y: o.y + e.y };
    };
    const before = abs(g, 'api');
    const { graph } = applyOps(g, [{ type: 'boundary.remove', id: 'cluster' }]);
    expect(graph.boundaries.ns!.parentId).toBeNull();
    expect(abs(graph, 'api')).toEqual(before);
    expect(abs(graph, 'reg')).toEqual({ x: 600, y: 140 });
  });

  it.each<[string, Op]>([
    ['an unknown element', { type: 'element.move', id: 'nope', x: 0, y: 0 }],
    ['a duplicate id', { type: 'element.add', element: { id: 'f1', kind: 'agent', name: '', description: '', boundaryId: null, x: 0, y: 0, properties: {} } }],
    ['a missing boundary', { type: 'element.reparent', id: 'src', boundaryId: 'ghost', x: 0, y: 0 }],
    ['a nesting cycle', { type: 'boundary.reparent', id: 'cluster', parentId: 'ns', x: 0, y: 0 }],
    ['a self-loop', { type: 'flow.add', flow: { id: 'f9', sourceId: 'api', targetId: 'api', label: '', properties: {} } }],
    ['a dangling flow', { type: 'flow.add', flow: { id: 'f9', sourceId: 'api', targetId: 'ghost', label: '', properties: {} } }],
  ])('refuses %s', (_name, op) => {
    expect(() => applyOps(fixture(), [op])).toThrow(OpError);
  });

  it('undoes a batch in reverse order', () => {
    const ops: Op[] = [
      { type: 'element.add', element: { id: 'x', kind: 'agent', name: 'X', description: '', boundaryId: null, x: 0, y: 0, properties: {} } },
      { type: 'flow.add', flow: { id: 'fx', sourceId: 'x', targetId: 'api', label: '', properties: {} } },
      { type: 'element.move', id: 'x', x: 10, y: 10 },
    ];
    const { graph, inverse } = applyOps(fixture(), ops);
    expect(inverse.map((o) => o.type)).toEqual(['element.move', 'flow.remove', 'element.remove']);
    expect(applyOps(graph, inverse).graph).toEqual(fixture());
  });
});

describe('opSchema', () => {
  it('rejects hostile input', () => {
    expect(opSchema.safeParse({ type: 'element.move', id: '../../etc', x: 0, y: 0 }).success).toBe(false);
    expect(opSchema.safeParse({ type: 'element.move', id: 'a', x: Number.NaN, y: 0 }).success).toBe(false);
    expect(opSchema.safeParse({ type: 'element.drop', id: 'a' }).success).toBe(false);
    expect(opSchema.safeParse({ type: 'element.update', id: 'a', changes: { name: 'x'.repeat(201) } }).success).toBe(false);
  });
});
