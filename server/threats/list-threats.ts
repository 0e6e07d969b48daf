import 'server-only';
import { allMitigationsVerified, residualRating } from '@/lib/domain/residual';
import { riskLevel, riskScore } from '@/lib/domain/risk';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { targetNames } from './target-names';
import type { ThreatRow } from '@/lib/dto/threats';

export type { ThreatRow };

function references(value: unknown): Record<string, string[]> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(value)) if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  return out;
}

/** The model's threat register: every threat with its target's name and computed risk. */
export async function listThreats(actor: Actor | null, modelId: string): Promise<ThreatRow[]> {
  const db = getDb();
  await requireModelRole(db, actor, modelId, 'VIEWER');
  const [rows, names] = await Promise.all([
    db.threat.findMany({
      where: { modelId },
      select: {
        id: true, title: true, description: true, category: true, stride: true, references: true, likelihood: true, impact: true,
        status: true, rationale: true, source: true, catalogueId: true, ruleId: true, elementId: true, flowId: true,
        triggerRetiredAt: true, version: true, updatedAt: true, owner: { select: { id: true, name: true, email: true } },
        mitigations: {
          select: { likelihoodReduction: true, impactReduction: true, mitigation: { select: { id: true, title: true, status: true } } },
          orderBy: { createdAt: 'asc' },
        },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    targetNames(db, modelId),
  ]);
  return rows.map((r) => {
    const targetId = r.elementId ?? r.flowId;
    const named = targetId ? names.get(targetId) : undefined;
    const mitigations = r.mitigations.map((l) => ({ ...l.mitigation, likelihoodReduction: l.likelihoodReduction, impactReduction: l.impactReduction }));
    const residual = residualRating(r.likelihood, r.impact, mitigations);
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      category: r.category,
      stride: r.stride,
      references: references(r.references),
      likelihood: r.likelihood,
      impact: r.impact,
      score: riskScore(r.likelihood, r.impact),
      risk: riskLevel(r.likelihood, r.impact),
      status: r.status,
      owner: r.owner ? { id: r.owner.id, name: r.owner.name ?? r.owner.email } : null,
      rationale: r.rationale,
      source: r.source,
      catalogueId: r.catalogueId,
      ruleId: r.ruleId,
      target: named && targetId ? { type: named.type, id: targetId, name: named.name, kind: named.kind } : { type: 'model', id: null, name: 'Whole model', kind: null },
      triggerRetired: r.triggerRetiredAt !== null,
      mitigations,
      residual: { ...residual, score: riskScore(residual.likelihood, residual.impact), risk: riskLevel(residual.likelihood, residual.impact) },
      allMitigationsVerified: allMitigationsVerified(mitigations),
      version: r.version,
      updatedAt: r.updatedAt,
    };
  });
}
