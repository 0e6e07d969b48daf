import 'server-only';
import type { Suggestion as RuleSuggestion } from '@/lib/rules/types';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from '../db';

export interface ReconcileSummary {
  added: number;
  reactivated: number;
  retired: number;
  active: number;
}

/**
 * Brings a model's stored suggestions in line with the engine's current output. Nothing is
 * deleted: new fingerprints are added as open, vanished ones are retired (kept with their
 * decision; an accepted one flags its threat), returning ones are re-activated, and dismissals
 * are remembered across runs.
 */
export async function reconcileSuggestions(tx: Tx, modelId: string, current: RuleSuggestion[], now = new Date()): Promise<ReconcileSummary> {
  const stored = await tx.suggestion.findMany({
    where: { modelId },
    select: { id: true, fingerprint: true, active: true, status: true, acceptedThreatId: true },
  });
  const byFingerprint = new Map(stored.map((s) => [s.fingerprint, s]));
  const seen = new Set<string>();
  const summary: ReconcileSummary = { added: 0, reactivated: 0, retired: 0, active: current.length };
  const fresh: Prisma.SuggestionCreateManyInput[] = [];
  for (const s of current) {
    seen.add(s.fingerprint);
    const data = {
      ruleId: s.ruleId,
      threatId: s.threatId,
      targetType: s.target.type,
      targetId: s.target.id,
      explanation: s.explanation,
      path: s.path,
      lastSeenAt: now,
    };
    const existing = byFingerprint.get(s.fingerprint);
    if (!existing) {
      fresh.push({ modelId, fingerprint: s.fingerprint, ...data, firstSeenAt: now });
      summary.added++;
      continue;
    }
    if (!existing.active) summary.reactivated++;
    await tx.suggestion.update({ where: { id: existing.id }, data: { ...data, active: true, retiredAt: null } });
    if (!existing.active && existing.acceptedThreatId) {
      await tx.threat.update({ where: { id: existing.acceptedThreatId }, data: { triggerRetiredAt: null } });
    }
  }
  if (fresh.length) await tx.suggestion.createMany({ data: fresh });
  const gone = stored.filter((s) => s.active && !seen.has(s.fingerprint));
  if (gone.length) {
    summary.retired = gone.length;
    await tx.suggestion.updateMany({ where: { id: { in: gone.map((s) => s.id) } }, data: { active: false, retiredAt: now } });
    const threatIds = gone.flatMap((s) => (s.status === 'accepted' && s.acceptedThreatId ? [s.acceptedThreatId] : []));
    if (threatIds.length) await tx.threat.updateMany({ where: { id: { in: threatIds } }, data: { triggerRetiredAt: now } });
  }
  return summary;
}
