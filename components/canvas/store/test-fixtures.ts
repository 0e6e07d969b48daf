import type { Op } from '@/lib/graph/op-schema';
import type { Graph, GraphElement } from '@/lib/graph/types';

export function el(id: string, x: number, y: number, boundaryId: string | null = null, name = id): GraphElement {
  return { id, kind: 'data-store', name, description: '', boundaryId, x, y, properties: {} };
}

/** A at the root, B a boundary at (400,100) holding C and an inner boundary D holding E; flows A→C, C→E. */
export function sampleGraph(): Graph {
  return {
    elements: { A: el('A', 0, 0), C: el('C', 32, 64, 'B'), E: el('E', 16, 48, 'D') },
    boundaries: {
      B: { id: 'B', kind: 'network', name: 'VPC', parentId: null, x: 400, y: 100, width: 600, height: 400, properties: {} },
      D: { id: 'D', kind: 'namespace', name: 'ns', parentId: 'B', x: 300, y: 150, width: 260, height: 200, properties: {} },
    },
    flows: {
      F1: { id: 'F1', sourceId: 'A', targetId: 'C', label: 'ingest', properties: {} },
      F2: { id: 'F2', sourceId: 'C', targetId: 'E', label: '', properties: {} },
    },
  };
}

export const addElement = (id: string, x = 0, y = 0): Op => ({ type: 'element.add', element: el(id, x, y) });
