import 'server-only';
import { threatById } from '@/lib/catalogue';
import { riskLevel } from '@/lib/domain/risk';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { targetNames } from '../threats/target-names';
import type { SuggestionRow } from '@/lib/dto/threats';

export type { SuggestionRow };

export interface SuggestionList {
  suggestions: SuggestionRow[];
  lastRunAt: Date | null;
  /** True when the diagram changed after the last analysis. */
  stale: boolean;
}

export async function listSuggestions(actor: Actor | null, modelId: string): Promise<SuggestionList> {
  const db = getDb();
  await requireModelRole(db, actor, modelId, 'VIEWER');
  const [model, rows] = await Promise.all([
    db.threatModel.findUniqueOrThrow({ where: { id: modelId }, select: { seq: true, rulesRunAt: true, rulesRevision: true } }),
    db.suggestion.findMany({
      where: { modelId },
      select: {
        id: true, ruleId: true, threatId: true, targetType: true, targetId: true, explanation: true, path: true, status: true,
        active: true, dismissReason: true, decidedAt: true, acceptedThreatId: true, retiredAt: true,
        decidedBy: { select: { name: true, email: true } },
      },
      orderBy: [{ firstSeenAt: 'asc' }, { fingerprint: 'asc' }],
    }),
  ]);
  const names = await targetNames(db, modelId);
  return {
    lastRunAt: model.rulesRunAt,
    stale: model.rulesRevision === null || model.rulesRevision !== model.seq,
    suggestions: rows.map((r) => {
      const threat = threatById(r.threatId);
      const type = (r.targetType === 'element' || r.targetType === 'flow' ? r.targetType : 'model') as SuggestionRow['target']['type'];
      const target = type === 'model' || !r.targetId ? null : names.get(r.targetId);
      return {
        id: r.id,
        ruleId: r.ruleId,
        threatId: r.threatId,
        title: threat?.title ?? r.threatId,
        category: threat?.category ?? '',
        risk: riskLevel(threat?.likelihood ?? 3, threat?.impact ?? 3),
        target: { type, id: r.targetId, name: type === 'model' ? 'Whole model' : (target?.name ?? 'Removed from the diagram'), kind: target?.kind ?? null },
        explanation: r.explanation,
        path: Array.isArray(r.path) ? r.path.filter((p): p is string => typeof p === 'string') : [],
        status: r.status as SuggestionRow['status'],
        active: r.active,
        dismissReason: r.dismissReason,
        decidedBy: r.decidedBy?.name ?? r.decidedBy?.email ?? null,
        decidedAt: r.decidedAt,
        acceptedThreatId: r.acceptedThreatId,
        retiredAt: r.retiredAt,
      };
    }),
  };
}
