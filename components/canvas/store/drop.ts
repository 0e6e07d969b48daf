import { applyOps, boundaryOrigin } from '@/lib/graph/apply';
import type { Op } from '@/lib/graph/op-schema';
import type { Graph } from '@/lib/graph/types';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH, innermostBoundaryAt, round } from './geometry';

/** A node where a drag ended: position relative to the parent it had while dragging. */
export interface DroppedNode {
  id: string;
  x: number;
  y: number;
}

/**
 * Ops for a finished drag: per node, `reparent` when the innermost boundary under its centre
 * changed (position converted into the new parent's frame, so it stays where it was dropped),
 * otherwise `move` when it moved. Boundaries go first so elements dropped with them land in
 * their new places; each op is applied to a working copy before the next is computed.
 */
export function dropOps(graph: Graph, dropped: readonly DroppedNode[]): Op[] {
  const ordered = [...dropped].sort((a, b) => Number(b.id in graph.boundaries) - Number(a.id in graph.boundaries));
  let g = graph;
  const ops: Op[] = [];
  for (const d of ordered) {
    const op = dropOp(g, d);
    if (!op) continue;
    g = applyOps(g, [op]).graph;
    ops.push(op);
  }
  return ops;
}

function dropOp(g: Graph, d: DroppedNode): Op | null {
  const x = round(d.x);
  const y = round(d.y);
  const el = g.elements[d.id];
  if (el) {
    const origin = boundaryOrigin(g, el.boundaryId);
    const abs = { x: origin.x + x, y: origin.y + y };
    const target = innermostBoundaryAt(g, { x: abs.x + ELEMENT_WIDTH / 2, y: abs.y + ELEMENT_HEIGHT / 2 });
    if (target !== el.boundaryId) {
      const o = boundaryOrigin(g, target);
      return { type: 'element.reparent', id: el.id, boundaryId: target, x: round(abs.x - o.x), y: round(abs.y - o.y) };
    }
    return x === el.x && y === el.y ? null : { type: 'element.move', id: el.id, x, y };
  }
  const b = g.boundaries[d.id];
  if (!b) return null;
  const origin = boundaryOrigin(g, b.parentId);
  const abs = { x: origin.x + x, y: origin.y + y };
  const target = innermostBoundaryAt(g, { x: abs.x + b.width / 2, y: abs.y + b.height / 2 }, b.id);
  if (target !== b.parentId) {
    const o = boundaryOrigin(g, target);
    return { type: 'boundary.reparent', id: b.id, parentId: target, x: round(abs.x - o.x), y: round(abs.y - o.y) };
  }
  return x === b.x && y === b.y ? null : { type: 'boundary.move', id: b.id, x, y };
}
