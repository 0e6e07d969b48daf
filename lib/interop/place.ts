import type { ModelDocument } from '../exchange/model-document';
import type { Graph, GraphBoundary, GraphElement } from '../graph/types';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH } from '../templates/layout';

// Merging an import into an existing diagram: the imported drawing goes to the right of what is
// there, top-aligned, so nothing overlaps. Children are positioned relative to their boundary,
// so only top-level boundaries and elements move.

export const MERGE_GAP = 160;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

type Drawing = { boundaries: readonly GraphBoundary[]; elements: readonly GraphElement[] };

/** Bounding box of a drawing in absolute coordinates, or null when it is empty. */
export function boundingBox({ boundaries, elements }: Drawing): Box | null {
  const byId = new Map(boundaries.map((b) => [b.id, b]));
  const origin = (id: string | null, depth = 0): { x: number; y: number } => {
    const b = id === null ? undefined : byId.get(id);
    if (!b || depth > 100) return { x: 0, y: 0 };
    const o = origin(b.parentId, depth + 1);
    return { x: o.x + b.x, y: o.y + b.y };
  };
  let box: Box | null = null;
  const add = (x: number, y: number, w: number, h: number) => {
    box = box ? { minX: Math.min(box.minX, x), minY: Math.min(box.minY, y), maxX: Math.max(box.maxX, x + w), maxY: Math.max(box.maxY, y + h) } : { minX: x, minY: y, maxX: x + w, maxY: y + h };
  };
  for (const b of boundaries) {
    const o = origin(b.id);
    add(o.x, o.y, b.width, b.height);
  }
  for (const e of elements) {
    const o = origin(e.boundaryId);
    add(o.x + e.x, o.y + e.y, ELEMENT_WIDTH, ELEMENT_HEIGHT);
  }
  return box;
}

/** The document with its top-level items moved to the right of `existing`'s drawing. */
export function placeRightOf(existing: Graph, doc: ModelDocument): ModelDocument {
  const there = boundingBox({ boundaries: Object.values(existing.boundaries), elements: Object.values(existing.elements) });
  const incoming = boundingBox(doc.graph);
  if (!there || !incoming) return doc;
  const dx = there.maxX + MERGE_GAP - incoming.minX;
  const dy = there.minY - incoming.minY;
  return {
    ...doc,
    graph: {
      ...doc.graph,
      boundaries: doc.graph.boundaries.map((b) => (b.parentId === null ? { ...b, x: b.x + dx, y: b.y + dy } : b)),
      elements: doc.graph.elements.map((e) => (e.boundaryId === null ? { ...e, x: e.x + dx, y: e.y + dy } : e)),
    },
  };
}
