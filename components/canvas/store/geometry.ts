import { boundaryOrigin } from '@/lib/graph/apply';
import type { Graph } from '@/lib/graph/types';

// Element nodes have a fixed size so drops, layout and hit-testing agree without measuring the DOM;
// it is the size templates reserve for them, so template diagrams open without overlaps.
export { ELEMENT_HEIGHT, ELEMENT_WIDTH } from '@/lib/templates/layout';
export const GRID = 16;

export interface Point {
  x: number;
  y: number;
}

/** Nesting depth of every boundary (0 = on the canvas); cycles and missing parents stop the walk. */
export function boundaryDepths(graph: Graph): Map<string, number> {
  const depths = new Map<string, number>();
  const depthOf = (id: string, guard: number): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    const b = graph.boundaries[id];
    const parent = b?.parentId;
    const d = parent && graph.boundaries[parent] && guard < 1000 ? depthOf(parent, guard + 1) + 1 : 0;
    depths.set(id, d);
    return d;
  };
  for (const id of Object.keys(graph.boundaries)) depthOf(id, 0);
  return depths;
}

/** True when `id` is `ancestorId` or nested (at any depth) inside it. */
export function isWithin(graph: Graph, id: string | null, ancestorId: string): boolean {
  for (let b = id, guard = 0; b && guard < 1000; guard++) {
    if (b === ancestorId) return true;
    b = graph.boundaries[b]?.parentId ?? null;
  }
  return false;
}

/**
 * The innermost boundary whose rectangle contains the point, ignoring `exclude` and everything
 * nested in it (a boundary cannot be dropped into itself). Linear in the number of boundaries.
 */
export function innermostBoundaryAt(graph: Graph, point: Point, exclude?: string): string | null {
  const depths = boundaryDepths(graph);
  let best: string | null = null;
  let bestDepth = -1;
  let bestArea = Infinity;
  for (const b of Object.values(graph.boundaries)) {
    if (exclude && isWithin(graph, b.id, exclude)) continue;
    const o = boundaryOrigin(graph, b.id);
    if (point.x < o.x || point.y < o.y || point.x > o.x + b.width || point.y > o.y + b.height) continue;
    const depth = depths.get(b.id) ?? 0;
    const area = b.width * b.height;
    if (depth > bestDepth || (depth === bestDepth && area < bestArea)) {
      best = b.id;
      bestDepth = depth;
      bestArea = area;
    }
  }
  return best;
}

/** Absolute top-left of an element or boundary. */
export function absolutePosition(graph: Graph, id: string): Point | null {
  const el = graph.elements[id];
  if (el) {
    const o = boundaryOrigin(graph, el.boundaryId);
    return { x: o.x + el.x, y: o.y + el.y };
  }
  const b = graph.boundaries[id];
  if (b) {
    const o = boundaryOrigin(graph, b.parentId);
    return { x: o.x + b.x, y: o.y + b.y };
  }
  return null;
}

export const round = (n: number) => Math.round(n * 100) / 100;
