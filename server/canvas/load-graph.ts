import 'server-only';
import type { Graph, Properties } from '@/lib/graph/types';
import { sequential, type Db, type Tx } from '../db';

const props = (value: unknown): Properties =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Properties) : {};

/** The model's diagram as a plain Graph (no access check: callers have done it). */
export async function loadGraph(db: Db | Tx, modelId: string): Promise<Graph> {
  // Sequential on purpose: inside a transaction the queries share one connection.
  const [boundaries, elements, flows] = await sequential([
    () => db.boundary.findMany({
      where: { modelId },
      select: { id: true, kind: true, name: true, parentId: true, x: true, y: true, width: true, height: true, properties: true },
    }),
    () => db.element.findMany({
      where: { modelId },
      select: { id: true, kind: true, name: true, description: true, boundaryId: true, x: true, y: true, properties: true },
    }),
    () => db.flow.findMany({ where: { modelId }, select: { id: true, sourceId: true, targetId: true, label: true, properties: true } }),
  ]);
  const graph: Graph = { elements: {}, boundaries: {}, flows: {} };
  for (const b of boundaries) graph.boundaries[b.id] = { ...b, properties: props(b.properties) };
  for (const e of elements) graph.elements[e.id] = { ...e, properties: props(e.properties) };
  for (const f of flows) graph.flows[f.id] = { ...f, properties: props(f.properties) };
  return graph;
}
