import { describe, expect, it } from 'vitest';
import { applyOps, boundaryOrigin } from '@/lib/graph/apply';
import { copySelection, pasteOps, removeOps } from './clipboard';
import { dropOps } from './drop';
import { innermostBoundaryAt } from './geometry';
import { buildEdges, buildNodes } from './mapping';
import { sampleGraph } from './test-fixtures';

describe('graph → React Flow', () => {
  it('uses parentId and relative positions, parents before children', () => {
    const nodes = buildNodes(sampleGraph(), []);
    const order = nodes.map((n) => n.id);
    expect(order.indexOf('B')).toBeLessThan(order.indexOf('D'));
    expect(order.indexOf('D')).toBeLessThan(order.indexOf('E'));
    expect(nodes.find((n) => n.id === 'C')).toMatchObject({ parentId: 'B', position: { x: 32, y: 64 }, data: { name: 'C', kind: 'data-store' } });
    expect(nodes.find((n) => n.id === 'D')).toMatchObject({ type: 'boundary', parentId: 'B', width: 260, height: 200 });
    expect(nodes.find((n) => n.id === 'A')!.parentId).toBeUndefined();
  });

  it('reuses unchanged nodes and edges so memoised components skip rendering', () => {
    const g = sampleGraph();
    const nodes = buildNodes(g, []);
    const edges = buildEdges(g, []);
    const next = applyOps(g, [{ type: 'element.move', id: 'A', x: 16, y: 0 }]).graph;
    const nodes2 = buildNodes(next, nodes);
    expect(nodes2.find((n) => n.id === 'C')).toBe(nodes.find((n) => n.id === 'C'));
    expect(nodes2.find((n) => n.id === 'A')).not.toBe(nodes.find((n) => n.id === 'A'));
    expect(buildEdges(next, edges)[0]).toBe(edges[0]);
  });

  it('marks flows that cross a boundary', () => {
    const edges = buildEdges(sampleGraph(), []);
    expect(edges.find((e) => e.id === 'F1')!.data!.crossing).toBe(true); // canvas → B
    expect(edges.find((e) => e.id === 'F2')!.data!.crossing).toBe(true); // B → D
    const g = applyOps(sampleGraph(), [{ type: 'element.reparent', id: 'E', boundaryId: 'B', x: 0, y: 0 }]).graph;
    expect(buildEdges(g, edges).find((e) => e.id === 'F2')!.data!.crossing).toBe(false);
  });
});

describe('drop: reparent into and out of boundaries', () => {
  it('finds the innermost boundary under a point', () => {
    const g = sampleGraph();
    expect(innermostBoundaryAt(g, { x: 750, y: 300 })).toBe('D'); // D spans 700..960, 250..450
    expect(innermostBoundaryAt(g, { x: 450, y: 150 })).toBe('B');
    expect(innermostBoundaryAt(g, { x: 0, y: 0 })).toBeNull();
    expect(innermostBoundaryAt(g, { x: 750, y: 300 }, 'B')).toBeNull(); // a boundary never lands in itself
  });

  it('dropping an element into a boundary reparents it and keeps its absolute position', () => {
    const g = sampleGraph();
    const ops = dropOps(g, [{ id: 'A', x: 720, y: 280 }]);
    expect(ops).toEqual([{ type: 'element.reparent', id: 'A', boundaryId: 'D', x: 20, y: 30 }]);
    const after = applyOps(g, ops).graph;
    const o = boundaryOrigin(after, 'D');
    expect({ x: o.x + after.elements.A!.x, y: o.y + after.elements.A!.y }).toEqual({ x: 720, y: 280 });
  });

  it('dragging an element out of its boundary moves it to the canvas at the same place', () => {
    // E is in D (absolute origin 700,250); dragged to relative (-600,-250) = absolute (100,0).
    const ops = dropOps(sampleGraph(), [{ id: 'E', x: -600, y: -250 }]);
    expect(ops).toEqual([{ type: 'element.reparent', id: 'E', boundaryId: null, x: 100, y: 0 }]);
  });

  it('a drop inside the same boundary is a move; no change is no op', () => {
    expect(dropOps(sampleGraph(), [{ id: 'C', x: 48, y: 64 }])).toEqual([{ type: 'element.move', id: 'C', x: 48, y: 64 }]);
    expect(dropOps(sampleGraph(), [{ id: 'C', x: 32, y: 64 }])).toEqual([]);
  });

  it('a boundary dropped out of its parent is reparented, never into its own child', () => {
    const ops = dropOps(sampleGraph(), [{ id: 'D', x: 900, y: 0 }]); // absolute (1300,100): outside B
    expect(ops).toEqual([{ type: 'boundary.reparent', id: 'D', parentId: null, x: 1300, y: 100 }]);
  });
});

describe('clipboard', () => {
  it('copying a boundary copies what it contains and the flows between copied elements', () => {
    const clip = copySelection(sampleGraph(), ['B'])!;
    expect(clip.boundaries.map((b) => b.id)).toEqual(['B', 'D']);
    expect(clip.elements.map((e) => e.id).sort()).toEqual(['C', 'E']);
    expect(clip.flows.map((f) => f.id)).toEqual(['F2']); // F1 starts at A, which was not copied
  });

  it('paste gives fresh valid ids, re-links children and flows, and offsets only the top level', () => {
    const g = sampleGraph();
    let n = 0;
    const { ops, ids } = pasteOps(g, copySelection(g, ['B'])!, 32, () => `copy${++n}`);
    const after = applyOps(g, ops).graph;
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const newB = after.boundaries[ids[0]!]!;
    expect(newB).toMatchObject({ parentId: null, x: 432, y: 132 });
    const newD = Object.values(after.boundaries).find((b) => b.parentId === newB.id)!;
    expect(newD).toMatchObject({ x: 300, y: 150 });
    const flow = Object.values(after.flows).find((f) => !['F1', 'F2'].includes(f.id))!;
    expect(after.elements[flow.sourceId]!.boundaryId).toBe(newB.id);
    expect(after.elements[flow.targetId]!.boundaryId).toBe(newD.id);
  });

  it('delete ops apply in any selection order', () => {
    const g = sampleGraph();
    const after = applyOps(g, removeOps(g, ['F1', 'B', 'D', 'C', 'F2'])).graph;
    expect(Object.keys(after.boundaries)).toEqual([]);
    expect(Object.keys(after.elements).sort()).toEqual(['A', 'E']);
    expect(after.elements.E).toMatchObject({ boundaryId: null, x: 716, y: 298 });
  });
});
