import 'server-only';
import type { Role } from '@/lib/domain/roles';
import type { Graph } from '@/lib/graph/types';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { loadGraph } from './load-graph';

export interface CanvasData {
  modelId: string;
  revision: number;
  role: Role;
  graph: Graph;
}

/** The diagram and the revision it is at; read in one transaction so they agree. */
export async function getCanvas(actor: Actor | null, modelId: string): Promise<CanvasData> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, modelId, 'VIEWER');
    const model = await tx.threatModel.findUniqueOrThrow({ where: { id: modelId }, select: { seq: true } });
    return { modelId, revision: model.seq, role: access.role, graph: await loadGraph(tx, modelId) };
  });
}
