import { riskRank, type RiskLevel } from '@/lib/domain/risk';
import { openThreatStatuses } from '@/lib/domain/threat';
import type { CanvasThreat } from '@/lib/dto/threats';

export type { CanvasThreat };

export interface ThreatBadge {
  /** Open threats (identified or mitigating) on this element or flow. */
  open: number;
  /** Highest risk among the open ones, or null when none is open. */
  risk: RiskLevel | null;
}

export interface ThreatIndex {
  badges: Readonly<Record<string, ThreatBadge>>;
  byTarget: Readonly<Record<string, readonly CanvasThreat[]>>;
}

const open = new Set<string>(openThreatStatuses);

/**
 * Per element/flow: its threats (highest score first) and a badge. Built once per load, so node
 * selectors return the same objects on every store update and memoised nodes do not re-render.
 */
export function indexThreats(threats: readonly CanvasThreat[]): ThreatIndex {
  const byTarget: Record<string, CanvasThreat[]> = {};
  for (const t of threats) if (t.targetId) (byTarget[t.targetId] ??= []).push(t);
  const badges: Record<string, ThreatBadge> = {};
  for (const [id, list] of Object.entries(byTarget)) {
    list.sort((a, b) => b.score - a.score);
    let count = 0;
    let risk: RiskLevel | null = null;
    for (const t of list) {
      if (!open.has(t.status)) continue;
      count += 1;
      if (!risk || riskRank[t.risk] > riskRank[risk]) risk = t.risk;
    }
    badges[id] = { open: count, risk };
  }
  return { badges, byTarget };
}
