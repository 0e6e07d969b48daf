import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../exchange/test-document';
import { emptyGraph, type Graph } from '../graph/types';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH } from '../templates/layout';
import { boundingBox, MERGE_GAP, placeRightOf } from './place';

const el = (id: string, x: number, y: number, boundaryId: string | null = null) => ({ id, kind: 'data-source', name: id, description: '', boundaryId, x, y, properties: {} });

describe('placing a merged import', () => {
  it('measures children relative to their boundary', () => {
    const boundaries = [{ id: 'B', kind: 'cloud-account', name: 'B', parentId: null, x: 100, y: 50, width: 400, height: 300, properties: {} }];
    expect(boundingBox({ boundaries, elements: [el('a', 450, 280, 'B')] })).toEqual({ minX: 100, minY: 50, maxX: 550 + ELEMENT_WIDTH, maxY: 330 + ELEMENT_HEIGHT });
    expect(boundingBox({ boundaries: [], elements: [] })).toBeNull();
  });

  it('moves only top-level items, to the right of the existing drawing and top-aligned', () => {
    const existing: Graph = { ...emptyGraph(), elements: { x: el('x', 0, 200), y: el('y', 1000, 400) } };
    const doc = sampleDocument();
    const before = boundingBox(doc.graph)!;
    const placed = placeRightOf(existing, doc);
    const after = boundingBox(placed.graph)!;
    expect(after.minX).toBe(1000 + ELEMENT_WIDTH + MERGE_GAP);
    expect(after.minY).toBe(200);
    expect(after.maxX - after.minX).toBe(before.maxX - before.minX);
    const nested = doc.graph.elements.filter((e) => e.boundaryId !== null);
    for (const e of nested) expect(placed.graph.elements.find((p) => p.id === e.id)).toMatchObject({ x: e.x, y: e.y });
    expect(placeRightOf(emptyGraph(), doc)).toBe(doc);
  });
});
