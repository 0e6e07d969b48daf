import 'server-only';
import type { Graph } from '@/lib/graph/types';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from '../db';
import { newId } from '../ids';

type Json = Prisma.InputJsonValue;

/**
 * Inserts a whole graph into an empty model under fresh ids (templates, imports), one INSERT per
 * table: PostgreSQL checks foreign keys per statement, so parents and children may share one.
 */
export async function insertGraph(tx: Tx, modelId: string, graph: Graph): Promise<{ elements: number; boundaries: number; flows: number }> {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = newId()));
    return id;
  };
  const ref = (old: string | null) => (old === null ? null : fresh(old));
  const boundaries = Object.values(graph.boundaries);
  const elements = Object.values(graph.elements);
  const flows = Object.values(graph.flows);
  await tx.boundary.createMany({
    data: boundaries.map((b) => ({
      id: fresh(b.id), modelId, parentId: ref(b.parentId), kind: b.kind, name: b.name,
      x: b.x, y: b.y, width: b.width, height: b.height, properties: b.properties as Json,
    })),
  });
  await tx.element.createMany({
    data: elements.map((e) => ({
      id: fresh(e.id), modelId, boundaryId: ref(e.boundaryId), kind: e.kind, name: e.name,
      description: e.description, x: e.x, y: e.y, properties: e.properties as Json,
    })),
  });
  await tx.flow.createMany({
    data: flows.map((f) => ({
      id: fresh(f.id), modelId, sourceId: fresh(f.sourceId), targetId: fresh(f.targetId), label: f.label, properties: f.properties as Json,
    })),
  });
  return { elements: elements.length, boundaries: boundaries.length, flows: flows.length };
}
