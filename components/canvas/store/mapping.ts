import type { Edge, Node } from '@xyflow/react';
import { crossesBoundary } from '@/lib/graph/validate';
import type { Graph } from '@/lib/graph/types';
import { boundaryDepths } from './geometry';

// React Flow's model is the graph's model: `parentId` + a position relative to the parent. Node
// data carries display fields only; panels read everything else from the store by id.

export type ElementNodeData = { name: string; kind: string };
export type BoundaryNodeData = { name: string; kind: string };
export type FlowEdgeData = { label: string; crossing: boolean; classification: string | null };

export type ElementNode = Node<ElementNodeData, 'element'>;
export type BoundaryNode = Node<BoundaryNodeData, 'boundary'>;
export type CanvasNode = ElementNode | BoundaryNode;
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

// Elements always stack above boundaries; deeper boundaries above their parents.
const ELEMENT_Z = 500;

const sameParent = (a: string | undefined, b: string | null) => (a ?? null) === b;

/**
 * Nodes for the graph, parents before children (React Flow requires it). A previous node is
 * reused as-is when nothing it shows changed, so memoised node components do not re-render and
 * ephemeral state (selection, measured size) survives every rebuild. Linear in the graph size.
 */
export function buildNodes(graph: Graph, previous: readonly CanvasNode[]): CanvasNode[] {
  const prev = new Map(previous.map((n) => [n.id, n]));
  const depths = boundaryDepths(graph);
  const boundaries = Object.values(graph.boundaries).sort((a, b) => (depths.get(a.id) ?? 0) - (depths.get(b.id) ?? 0));
  const out: CanvasNode[] = [];
  for (const b of boundaries) {
    const parentId = b.parentId && graph.boundaries[b.parentId] ? b.parentId : null;
    const zIndex = depths.get(b.id) ?? 0;
    const p = prev.get(b.id);
    if (
      p && p.type === 'boundary' && sameParent(p.parentId, parentId) && p.position.x === b.x && p.position.y === b.y &&
      p.width === b.width && p.height === b.height && p.data.name === b.name && p.data.kind === b.kind && p.zIndex === zIndex
    ) {
      out.push(p);
      continue;
    }
    out.push({
      id: b.id,
      type: 'boundary',
      position: { x: b.x, y: b.y },
      ...(parentId ? { parentId } : {}),
      width: b.width,
      height: b.height,
      zIndex,
      // The body lets clicks through to edges and the pane; only the header drags the boundary.
      dragHandle: '.tl-boundary-handle',
      style: { pointerEvents: 'none' },
      className: 'tl-boundary',
      data: { name: b.name, kind: b.kind },
      selected: p?.selected ?? false,
    });
  }
  for (const e of Object.values(graph.elements)) {
    const parentId = e.boundaryId && graph.boundaries[e.boundaryId] ? e.boundaryId : null;
    const p = prev.get(e.id);
    if (
      p && p.type === 'element' && sameParent(p.parentId, parentId) && p.position.x === e.x && p.position.y === e.y &&
      p.data.name === e.name && p.data.kind === e.kind
    ) {
      out.push(p);
      continue;
    }
    out.push({
      id: e.id,
      type: 'element',
      position: { x: e.x, y: e.y },
      ...(parentId ? { parentId } : {}),
      zIndex: ELEMENT_Z,
      data: { name: e.name, kind: e.kind },
      selected: p?.selected ?? false,
      ...(p?.measured ? { measured: p.measured } : {}),
    });
  }
  return out;
}

function classificationOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function buildEdges(graph: Graph, previous: readonly FlowEdge[]): FlowEdge[] {
  const prev = new Map(previous.map((e) => [e.id, e]));
  const out: FlowEdge[] = [];
  for (const f of Object.values(graph.flows)) {
    const crossing = crossesBoundary(graph, f.id);
    const classification = classificationOf(f.properties.classification);
    const p = prev.get(f.id);
    if (
      p && p.source === f.sourceId && p.target === f.targetId && p.data?.label === f.label && p.data.crossing === crossing &&
      p.data.classification === classification
    ) {
      out.push(p);
      continue;
    }
    out.push({
      id: f.id,
      type: 'flow',
      source: f.sourceId,
      target: f.targetId,
      data: { label: f.label, crossing, classification },
      selected: p?.selected ?? false,
    });
  }
  return out;
}
