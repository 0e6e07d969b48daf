import 'server-only';
import { riskLevel, riskScore } from '@/lib/domain/risk';
import type { Role } from '@/lib/domain/roles';
import type { CanvasThreat } from '@/lib/dto/threats';
import type { Graph } from '@/lib/graph/types';

export type { CanvasThreat };
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { loadGraph } from './load-graph';

export interface CanvasData {
  modelId: string;
  revision: number;
  role: Role;
  graph: Graph;
  threats: CanvasThreat[];
}

/** The diagram and the revision it is at; read in one transaction so they agree. */
export async function getCanvas(actor: Actor | null, modelId: string): Promise<CanvasData> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, modelId, 'VIEWER');
    const model = await tx.threatModel.findUniqueOrThrow({ where: { id: modelId }, select: { seq: true } });
    const graph = await loadGraph(tx, modelId);
    const threats = await tx.threat.findMany({
        where: { modelId },
        select: { id: true, title: true, elementId: true, flowId: true, status: true, likelihood: true, impact: true },
        orderBy: { createdAt: 'asc' },
      });
    return {
      modelId,
      revision: model.seq,
      role: access.role,
      graph,
      threats: threats.map((t) => ({
        id: t.id,
        title: t.title,
        targetId: t.elementId ?? t.flowId,
        status: t.status,
        risk: riskLevel(t.likelihood, t.impact),
        score: riskScore(t.likelihood, t.impact),
      })),
    };
  });
}
