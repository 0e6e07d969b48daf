import 'server-only';
import { isOverdue, todayIso } from '@/lib/domain/mitigation';
import { riskLevel, riskRank, type RiskLevel } from '@/lib/domain/risk';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { isoDate } from './history';
import type { MitigationRow } from '@/lib/dto/mitigations';

export type { MitigationRow };

/** The tracker: mitigations of the whole workspace, or of one model, with their threats and stages. */
export async function listMitigations(actor: Actor | null, input: { workspaceId: string; modelId?: string }): Promise<MitigationRow[]> {
  const db = getDb();
  await requireWorkspaceRole(db, actor, input.workspaceId, 'VIEWER');
  if (input.modelId) {
    const model = await db.threatModel.findFirst({ where: { id: input.modelId, workspaceId: input.workspaceId }, select: { id: true } });
    if (!model) throw new NotFoundError('Threat model');
  }
  const rows = await db.mitigation.findMany({
    where: { model: { workspaceId: input.workspaceId }, ...(input.modelId ? { modelId: input.modelId } : {}) },
    select: {
      id: true, modelId: true, title: true, description: true, controlType: true, status: true, rejectionReason: true, dueDate: true,
      ticketUrl: true, evidence: true, evidenceLinks: true, catalogueId: true, version: true, updatedAt: true,
      model: { select: { name: true } },
      owner: { select: { id: true, name: true, email: true } },
      threats: {
        select: {
          likelihoodReduction: true,
          impactReduction: true,
          threat: { select: { id: true, title: true, likelihood: true, impact: true, element: { select: { id: true, name: true, kind: true } } } },
        },
      },
    },
    orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
  });
  const today = todayIso();
  return rows.map((r) => {
    const threats = r.threats.map((l) => ({
      id: l.threat.id,
      title: l.threat.title,
      risk: riskLevel(l.threat.likelihood, l.threat.impact),
      stage: l.threat.element,
      likelihoodReduction: l.likelihoodReduction,
      impactReduction: l.impactReduction,
    }));
    const maxRisk = threats.reduce<RiskLevel | null>((m, t) => (m === null || riskRank[t.risk] > riskRank[m] ? t.risk : m), null);
    const dueDate = isoDate(r.dueDate);
    return {
      id: r.id,
      modelId: r.modelId,
      modelName: r.model.name,
      title: r.title,
      description: r.description,
      controlType: r.controlType,
      status: r.status,
      rejectionReason: r.rejectionReason,
      owner: r.owner ? { id: r.owner.id, name: r.owner.name ?? r.owner.email } : null,
      dueDate,
      overdue: isOverdue(r.status, dueDate, today),
      ticketUrl: r.ticketUrl,
      evidence: r.evidence,
      evidenceLinks: r.evidenceLinks,
      catalogueId: r.catalogueId,
      threats,
      maxRisk,
      stages: [...new Set(threats.flatMap((t) => (t.stage ? [t.stage.name] : [])))],
      version: r.version,
      updatedAt: r.updatedAt,
    };
  });
}
