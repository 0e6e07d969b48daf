import type { BoundaryKind, BoundaryProperties } from '../domain/boundary-kinds';
import type { ElementKind, ElementProperties } from '../domain/element-kinds';
import type { Classification, FlowProperties } from '../domain/flow';
import type { Graph, GraphFlow } from '../graph/types';

// Templates describe their diagram as nested columns (left to right, each a top-to-bottom stack)
// and this module computes coordinates, so boundaries always enclose their children with padding
// and nothing overlaps, whatever is added to a template later.

/** Nominal element node size the layout reserves; the canvas draws nodes at this size. */
export const ELEMENT_WIDTH = 180;
export const ELEMENT_HEIGHT = 72;
const COLUMN_GAP = 64;
const ROW_GAP = 40;
const PADDING = 24;
/** Room at the top of a boundary for its title. */
const HEADER = 40;
const ORIGIN = 40;

interface ElementNode {
  type: 'element';
  id: string;
  kind: ElementKind;
  name: string;
  description: string;
  properties: Record<string, unknown>;
}

interface BoundaryNode {
  type: 'boundary';
  id: string;
  kind: BoundaryKind;
  name: string;
  properties: Record<string, unknown>;
  columns: LayoutNode[][];
}

export type LayoutNode = ElementNode | BoundaryNode;

export function el<K extends ElementKind>(id: string, kind: K, name: string, description: string, properties: ElementProperties<K>): ElementNode {
  return { type: 'element', id, kind, name, description, properties };
}

export function zone<K extends BoundaryKind>(
  id: string,
  kind: K,
  name: string,
  properties: BoundaryProperties<K>,
  columns: LayoutNode[][],
): BoundaryNode {
  return { type: 'boundary', id, kind, name, properties, columns };
}

/** Templates are exemplary, so a flow cannot be declared without a classification. */
export function flow(
  id: string,
  sourceId: string,
  targetId: string,
  label: string,
  properties: FlowProperties & { classification: Classification },
): GraphFlow {
  return { id, sourceId, targetId, label, properties };
}

interface Size {
  width: number;
  height: number;
}

function measureColumns(columns: LayoutNode[][], sizes: Map<LayoutNode, Size>) {
  const widths = columns.map((col) => Math.max(0, ...col.map((n) => measure(n, sizes).width)));
  const heights = columns.map((col) => col.reduce((h, n) => h + measure(n, sizes).height, 0) + ROW_GAP * Math.max(0, col.length - 1));
  const width = widths.reduce((a, b) => a + b, 0) + COLUMN_GAP * Math.max(0, columns.length - 1);
  return { widths, heights, width, height: Math.max(0, ...heights) };
}

function measure(node: LayoutNode, sizes: Map<LayoutNode, Size>): Size {
  const known = sizes.get(node);
  if (known) return known;
  let size: Size;
  if (node.type === 'element') {
    size = { width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT };
  } else {
    const inner = measureColumns(node.columns, sizes);
    size = { width: inner.width + 2 * PADDING, height: inner.height + HEADER + PADDING };
  }
  sizes.set(node, size);
  return size;
}

/** Places columns inside a box whose content area starts at (left, top); children are centred in their column. */
function placeColumns(graph: Graph, columns: LayoutNode[][], left: number, top: number, parentId: string | null, sizes: Map<LayoutNode, Size>) {
  const m = measureColumns(columns, sizes);
  let x = left;
  columns.forEach((col, i) => {
    const colWidth = m.widths[i]!;
    let y = top + (m.height - m.heights[i]!) / 2;
    for (const node of col) {
      const size = measure(node, sizes);
      place(graph, node, x + (colWidth - size.width) / 2, y, parentId, sizes);
      y += size.height + ROW_GAP;
    }
    x += colWidth + COLUMN_GAP;
  });
}

function place(graph: Graph, node: LayoutNode, x: number, y: number, parentId: string | null, sizes: Map<LayoutNode, Size>) {
  if (graph.elements[node.id] || graph.boundaries[node.id]) throw new Error(`Duplicate template id ${node.id}`);
  if (node.type === 'element') {
    const { id, kind, name, description, properties } = node;
    graph.elements[id] = { id, kind, name, description, boundaryId: parentId, x, y, properties };
    return;
  }
  const { width, height } = measure(node, sizes);
  const { id, kind, name, properties } = node;
  graph.boundaries[id] = { id, kind, name, parentId, x, y, width, height, properties };
  // Children are positioned relative to this boundary.
  placeColumns(graph, node.columns, PADDING, HEADER, id, sizes);
}

export function layoutGraph(columns: LayoutNode[][], flows: GraphFlow[]): Graph {
  const graph: Graph = { elements: {}, boundaries: {}, flows: {} };
  const sizes = new Map<LayoutNode, Size>();
  placeColumns(graph, columns, ORIGIN, ORIGIN, null, sizes);
  for (const f of flows) {
    if (graph.flows[f.id]) throw new Error(`Duplicate template flow id ${f.id}`);
    graph.flows[f.id] = f;
  }
  return graph;
}
