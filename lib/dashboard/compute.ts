import { isOverdue, mitigationStatuses } from '../domain/mitigation';
import { residualRating } from '../domain/residual';
import { riskLevel, riskLevels, riskScore, type RiskLevel } from '../domain/risk';
import { openThreatStatuses, threatStatuses, type ThreatStatus } from '../domain/threat';

export interface DashThreat {
  id: string;
  title: string;
  category: string;
  status: string;
  likelihood: number;
  impact: number;
  createdAt: string; // ISO timestamp
  stage: { id: string; name: string; kind: string } | null;
  links: { mitigationId: string; likelihoodReduction: number; impactReduction: number }[];
  /** Status transitions in time order; the first one is the initial status. */
  statusHistory: { at: string; to: string }[];
}

export interface DashMitigation {
  id: string;
  title: string;
  modelName: string;
  status: string;
  owner: string | null;
  dueDate: string | null; // YYYY-MM-DD
  statusHistory: { at: string; to: string }[];
}

export interface Dashboard {
  totals: { threats: number; openThreats: number; mitigations: number; verifiedMitigations: number; overdueMitigations: number };
  /** Inherent risk level × status, counting every threat. */
  byRiskAndStatus: { risk: RiskLevel; counts: Record<ThreatStatus, number>; total: number }[];
  /** Share of high and critical threats (inherent) with at least one verified mitigation. */
  coverage: { highOrCritical: number; covered: number; ratio: number | null };
  /** cells[likelihood-1][impact-1]: threats still in scope (not "not applicable"). */
  heatmap: { inherent: number[][]; residual: number[][] };
  byStage: { key: string; name: string; kind: string | null; total: number; open: number }[];
  byCategory: { category: string; total: number; open: number }[];
  /** Sum of residual scores of open threats at the end of each day. */
  burndown: { date: string; openRisk: number }[];
  mitigationsByStatus: Record<string, number>;
  overdue: { id: string; title: string; modelName: string; owner: string | null; dueDate: string; daysOverdue: number; status: string }[];
}

const isOpen = (status: string) => (openThreatStatuses as readonly string[]).includes(status);
const grid = () => Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));
const day = (iso: string) => iso.slice(0, 10);
const DAY = 86_400_000;

/** The status in force at the end of `date` (history sorted by time), or `fallback`. */
function statusAt(history: readonly { at: string; to: string }[], date: string, fallback: string | null): string | null {
  let status = fallback;
  for (const h of history) {
    if (day(h.at) > date) break;
    status = h.to;
  }
  return status;
}

export function computeDashboard(threats: readonly DashThreat[], mitigations: readonly DashMitigation[], now: Date, maxDays = 180): Dashboard {
  const today = now.toISOString().slice(0, 10);
  const mitigationStatus = new Map(mitigations.map((m) => [m.id, m.status]));
  const residualOf = (t: DashThreat, statusOf: (id: string) => string | null) =>
    residualRating(t.likelihood, t.impact, t.links.map((l) => ({ ...l, status: statusOf(l.mitigationId) ?? 'proposed' })));

  const byRiskAndStatus = riskLevels.map((risk) => ({
    risk,
    counts: Object.fromEntries(threatStatuses.map((s) => [s, 0])) as Record<ThreatStatus, number>,
    total: 0,
  }));
  const heatmap = { inherent: grid(), residual: grid() };
  const stages = new Map<string, Dashboard['byStage'][number]>();
  const categories = new Map<string, Dashboard['byCategory'][number]>();
  let highOrCritical = 0;
  let covered = 0;
  for (const t of threats) {
    const level = riskLevel(t.likelihood, t.impact);
    const row = byRiskAndStatus.find((r) => r.risk === level)!;
    if (t.status in row.counts) row.counts[t.status as ThreatStatus]++;
    row.total++;
    const open = isOpen(t.status) ? 1 : 0;
    if (t.status !== 'not-applicable') {
      const res = residualOf(t, (id) => mitigationStatus.get(id) ?? null);
      heatmap.inherent[clamp(t.likelihood) - 1]![clamp(t.impact) - 1]!++;
      heatmap.residual[clamp(res.likelihood) - 1]![clamp(res.impact) - 1]!++;
    }
    if (level === 'high' || level === 'critical') {
      highOrCritical++;
      if (t.links.some((l) => mitigationStatus.get(l.mitigationId) === 'verified')) covered++;
    }
    const key = t.stage?.id ?? 'model';
    const stage = stages.get(key) ?? { key, name: t.stage?.name ?? 'Whole model', kind: t.stage?.kind ?? null, total: 0, open: 0 };
    stage.total++;
    stage.open += open;
    stages.set(key, stage);
    const category = categories.get(t.category || 'uncategorised') ?? { category: t.category || 'uncategorised', total: 0, open: 0 };
    category.total++;
    category.open += open;
    categories.set(category.category, category);
  }

  // Burndown: replay threat and mitigation status histories day by day.
  const burndown: Dashboard['burndown'] = [];
  if (threats.length) {
    const first = threats.reduce((m, t) => (t.createdAt < m ? t.createdAt : m), threats[0]!.createdAt);
    const start = Math.max(Date.parse(`${day(first)}T00:00:00Z`), Date.parse(`${today}T00:00:00Z`) - (maxDays - 1) * DAY);
    const mitigationHistory = new Map(mitigations.map((m) => [m.id, m.statusHistory]));
    for (let ts = start; ts <= Date.parse(`${today}T00:00:00Z`); ts += DAY) {
      const date = new Date(ts).toISOString().slice(0, 10);
      let openRisk = 0;
      for (const t of threats) {
        if (day(t.createdAt) > date) continue;
        const status = statusAt(t.statusHistory, date, 'identified');
        if (!status || !isOpen(status)) continue;
        const res = residualOf(t, (id) => statusAt(mitigationHistory.get(id) ?? [], date, null));
        openRisk += riskScore(res.likelihood, res.impact);
      }
      burndown.push({ date, openRisk });
    }
  }

  const overdue = mitigations
    .filter((m) => isOverdue(m.status, m.dueDate, today))
    .map((m) => ({
      id: m.id,
      title: m.title,
      modelName: m.modelName,
      owner: m.owner,
      dueDate: m.dueDate!,
      daysOverdue: Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${m.dueDate}T00:00:00Z`)) / DAY),
      status: m.status,
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.title.localeCompare(b.title));

  return {
    totals: {
      threats: threats.length,
      openThreats: threats.filter((t) => isOpen(t.status)).length,
      mitigations: mitigations.length,
      verifiedMitigations: mitigations.filter((m) => m.status === 'verified').length,
      overdueMitigations: overdue.length,
    },
    byRiskAndStatus,
    coverage: { highOrCritical, covered, ratio: highOrCritical ? covered / highOrCritical : null },
    heatmap,
    byStage: [...stages.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    byCategory: [...categories.values()].sort((a, b) => b.total - a.total || a.category.localeCompare(b.category)),
    burndown,
    mitigationsByStatus: Object.fromEntries(mitigationStatuses.map((s) => [s, mitigations.filter((m) => m.status === s).length])),
    overdue,
  };
}
