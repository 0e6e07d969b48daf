import type { Op } from '@/lib/graph/op-schema';
import type { Graph } from '@/lib/graph/types';
import { boundaryDepths } from '../store/geometry';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH, round } from '../store/geometry';

// Minimal ELK JSON types (elkjs's own types need its API module, which the worker owns).
export interface ElkNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkNode[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
}

const ROOT = '__root__';

const rootOptions: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // Lays out the whole nesting at once so flows between boundaries shape the result.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.componentComponent': '60',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

// Room for the boundary's header above its children.
const boundaryOptions: Record<string, string> = { 'elk.padding': '[top=56,left=28,bottom=28,right=28]' };

/** The boundary chain of an element, innermost first. */
function chain(graph: Graph, boundaryId: string | null): string[] {
  const out: string[] = [];
  for (let b = boundaryId, guard = 0; b && graph.boundaries[b] && guard < 1000; guard++) {
    out.push(b);
    b = graph.boundaries[b]!.parentId;
  }
  return out;
}

/** ELK compound graph: boundaries contain their children; each edge sits in its ends' common ancestor. */
export function toElk(graph: Graph): ElkNode {
  const root: ElkNode = { id: ROOT, layoutOptions: rootOptions, children: [], edges: [] };
  const nodes = new Map<string, ElkNode>([[ROOT, root]]);
  const depths = boundaryDepths(graph);
  const boundaries = Object.values(graph.boundaries).sort((a, b) => (depths.get(a.id) ?? 0) - (depths.get(b.id) ?? 0));
  for (const b of boundaries) {
    const node: ElkNode = { id: b.id, width: b.width, height: b.height, layoutOptions: boundaryOptions, children: [], edges: [] };
    nodes.set(b.id, node);
    nodes.get(b.parentId && nodes.has(b.parentId) ? b.parentId : ROOT)!.children!.push(node);
  }
  for (const e of Object.values(graph.elements)) {
    const parent = nodes.get(e.boundaryId && graph.boundaries[e.boundaryId] ? e.boundaryId : ROOT)!;
    parent.children!.push({ id: e.id, width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT });
  }
  for (const f of Object.values(graph.flows)) {
    const source = graph.elements[f.sourceId];
    const target = graph.elements[f.targetId];
    if (!source || !target) continue;
    const targetChain = new Set(chain(graph, target.boundaryId));
    const common = chain(graph, source.boundaryId).find((b) => targetChain.has(b)) ?? ROOT;
    nodes.get(common)!.edges!.push({ id: f.id, sources: [f.sourceId], targets: [f.targetId] });
  }
  return root;
}

/** One batch of move/resize ops from ELK's result (child coordinates are parent-relative, as ours). */
export function fromElk(graph: Graph, laidOut: ElkNode): Op[] {
  const ops: Op[] = [];
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const x = round(child.x ?? 0);
      const y = round(child.y ?? 0);
      const el = graph.elements[child.id];
      if (el && (el.x !== x || el.y !== y)) ops.push({ type: 'element.move', id: el.id, x, y });
      const b = graph.boundaries[child.id];
      if (b) {
        const width = Math.max(40, round(child.width ?? b.width));
        const height = Math.max(40, round(child.height ?? b.height));
        if (b.x !== x || b.y !== y || b.width !== width || b.height !== height) ops.push({ type: 'boundary.resize', id: b.id, x, y, width, height });
        visit(child);
      }
    }
  };
  visit(laidOut);
  return ops;
}
