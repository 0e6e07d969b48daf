import 'server-only';
import type { Graph } from '@/lib/graph/types';
import type { Op } from '@/lib/graph/op-schema';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from '../db';

type Json = Prisma.InputJsonValue;

/** Ids of everything an op may have created, changed or deleted (cascades included). */
export function touchedIds(before: Graph, ops: readonly Op[]): Set<string> {
  const ids = new Set<string>();
  for (const op of ops) {
    if (op.type === 'element.add') ids.add(op.element.id);
    else if (op.type === 'boundary.add') ids.add(op.boundary.id);
    else if (op.type === 'flow.add') ids.add(op.flow.id);
    else ids.add(op.id);
    if (op.type === 'element.remove') {
      for (const f of Object.values(before.flows)) if (f.sourceId === op.id || f.targetId === op.id) ids.add(f.id);
    }
    if (op.type === 'boundary.remove') {
      for (const b of Object.values(before.boundaries)) if (b.parentId === op.id) ids.add(b.id);
      for (const e of Object.values(before.elements)) if (e.boundaryId === op.id) ids.add(e.id);
    }
  }
  return ids;
}

function depth(graph: Graph, id: string): number {
  let d = 0;
  for (let b = graph.boundaries[id]; b?.parentId && d < 1000; b = graph.boundaries[b.parentId]) d++;
  return d;
}

/**
 * Writes the difference between `before` and `after` for the touched ids: creates and updates
 * parents before children, deletes children before parents, so foreign keys hold throughout.
 */
export async function writeGraphChanges(tx: Tx, modelId: string, before: Graph, after: Graph, ids: Set<string>): Promise<void> {
  const pick = <T>(map: Record<string, T>) => [...ids].filter((id) => map[id]).map((id) => map[id]!);

  const boundaries = pick(after.boundaries).sort((a, b) => depth(after, a.id) - depth(after, b.id));
  for (const b of boundaries) {
    const data = { kind: b.kind, name: b.name, parentId: b.parentId, x: b.x, y: b.y, width: b.width, height: b.height, properties: b.properties as Json };
    if (before.boundaries[b.id]) await tx.boundary.update({ where: { id: b.id }, data: { ...data, version: { increment: 1 } } });
    else await tx.boundary.create({ data: { id: b.id, modelId, ...data } });
  }
  const newElements = pick(after.elements).filter((e) => !before.elements[e.id]);
  if (newElements.length) {
    await tx.element.createMany({
      data: newElements.map((e) => ({ id: e.id, modelId, kind: e.kind, name: e.name, description: e.description, boundaryId: e.boundaryId, x: e.x, y: e.y, properties: e.properties as Json })),
    });
  }
  for (const e of pick(after.elements).filter((el) => before.elements[el.id])) {
    await tx.element.update({
      where: { id: e.id },
      data: { kind: e.kind, name: e.name, description: e.description, boundaryId: e.boundaryId, x: e.x, y: e.y, properties: e.properties as Json, version: { increment: 1 } },
    });
  }
  const newFlows = pick(after.flows).filter((f) => !before.flows[f.id]);
  if (newFlows.length) {
    await tx.flow.createMany({
      data: newFlows.map((f) => ({ id: f.id, modelId, sourceId: f.sourceId, targetId: f.targetId, label: f.label, properties: f.properties as Json })),
    });
  }
  for (const f of pick(after.flows).filter((fl) => before.flows[fl.id])) {
    await tx.flow.update({ where: { id: f.id }, data: { sourceId: f.sourceId, targetId: f.targetId, label: f.label, properties: f.properties as Json, version: { increment: 1 } } });
  }

  const gone = (map: Record<string, unknown>, now: Record<string, unknown>) => [...ids].filter((id) => map[id] && !now[id]);
  const flowsGone = gone(before.flows, after.flows);
  if (flowsGone.length) await tx.flow.deleteMany({ where: { modelId, id: { in: flowsGone } } });
  const elementsGone = gone(before.elements, after.elements);
  if (elementsGone.length) await tx.element.deleteMany({ where: { modelId, id: { in: elementsGone } } });
  const boundariesGone = gone(before.boundaries, after.boundaries);
  if (boundariesGone.length) await tx.boundary.deleteMany({ where: { modelId, id: { in: boundariesGone } } });
}
