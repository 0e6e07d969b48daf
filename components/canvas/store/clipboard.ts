import type { Op } from '@/lib/graph/op-schema';
import type { Graph, GraphBoundary, GraphElement, GraphFlow } from '@/lib/graph/types';
import { boundaryDepths, isWithin } from './geometry';
import { newId } from './ids';

/**
 * A copied piece of the diagram: the chosen elements and boundaries, everything nested in the
 * chosen boundaries, and the flows whose two ends are both copied. Boundaries are parents-first.
 */
export interface ClipboardData {
  elements: GraphElement[];
  boundaries: GraphBoundary[];
  flows: GraphFlow[];
}

export const PASTE_OFFSET = 32;

export function copySelection(graph: Graph, ids: Iterable<string>): ClipboardData | null {
  const chosen = new Set(ids);
  const roots = [...chosen].filter((id) => id in graph.boundaries);
  const inCopy = (boundaryId: string | null) => roots.some((r) => isWithin(graph, boundaryId, r));
  const depths = boundaryDepths(graph);
  const boundaries = Object.values(graph.boundaries)
    .filter((b) => chosen.has(b.id) || inCopy(b.parentId))
    .sort((a, b) => (depths.get(a.id) ?? 0) - (depths.get(b.id) ?? 0));
  const elements = Object.values(graph.elements).filter((e) => chosen.has(e.id) || inCopy(e.boundaryId));
  if (!elements.length && !boundaries.length) return null;
  const copied = new Set(elements.map((e) => e.id));
  const flows = Object.values(graph.flows).filter((f) => copied.has(f.sourceId) && copied.has(f.targetId));
  return structuredClone({ elements, boundaries, flows });
}

/**
 * Ops that add a copy with fresh ids, shifted by `offset`. Items whose parent was copied too are
 * re-linked to the parent's copy (relative position unchanged); the others keep their original
 * parent if it still exists, or land on the canvas. Returns the new ids for selecting them.
 */
export function pasteOps(graph: Graph, clip: ClipboardData, offset: number, makeId: () => string = newId): { ops: Op[]; ids: string[] } {
  const idMap = new Map<string, string>();
  for (const b of clip.boundaries) idMap.set(b.id, makeId());
  for (const e of clip.elements) idMap.set(e.id, makeId());
  const place = (parent: string | null, x: number, y: number) => {
    if (parent && idMap.has(parent)) return { parent: idMap.get(parent)!, x, y };
    const keep = parent && graph.boundaries[parent] ? parent : null;
    return { parent: keep, x: x + offset, y: y + offset };
  };
  const ops: Op[] = [];
  for (const b of clip.boundaries) {
    const p = place(b.parentId, b.x, b.y);
    ops.push({ type: 'boundary.add', boundary: { ...b, id: idMap.get(b.id)!, parentId: p.parent, x: p.x, y: p.y } });
  }
  for (const e of clip.elements) {
    const p = place(e.boundaryId, e.x, e.y);
    ops.push({ type: 'element.add', element: { ...e, id: idMap.get(e.id)!, boundaryId: p.parent, x: p.x, y: p.y } });
  }
  const ids = [...idMap.values()];
  for (const f of clip.flows) {
    const id = makeId();
    ids.push(id);
    ops.push({ type: 'flow.add', flow: { ...f, id, sourceId: idMap.get(f.sourceId)!, targetId: idMap.get(f.targetId)! } });
  }
  return { ops, ids };
}

/** Ops deleting the selection in an order that always applies: flows, elements, inner boundaries first. */
export function removeOps(graph: Graph, ids: Iterable<string>): Op[] {
  const chosen = new Set(ids);
  const depths = boundaryDepths(graph);
  const removedElements = new Set([...chosen].filter((id) => id in graph.elements));
  const flows = [...chosen].filter(
    (id) => graph.flows[id] && !removedElements.has(graph.flows[id].sourceId) && !removedElements.has(graph.flows[id].targetId),
  );
  const boundaries = [...chosen].filter((id) => id in graph.boundaries).sort((a, b) => (depths.get(b) ?? 0) - (depths.get(a) ?? 0));
  return [
    ...flows.map((id): Op => ({ type: 'flow.remove', id })),
    ...[...removedElements].map((id): Op => ({ type: 'element.remove', id })),
    ...boundaries.map((id): Op => ({ type: 'boundary.remove', id })),
  ];
}
