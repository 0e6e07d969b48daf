import { threatCategoryLabels, type ThreatCategory } from '@/lib/catalogue';
import type { Dashboard } from '@/lib/dashboard/compute';
import { mitigationStatuses, mitigationStatusLabels } from '@/lib/domain/mitigation';
import { impactLabels, likelihoodLabels, riskLevel, riskLevelLabels, type RiskLevel } from '@/lib/domain/risk';
import { threatStatuses, threatStatusLabels } from '@/lib/domain/threat';

// Pure shaping of the dashboard's figures into chart series and their text equivalents.

export const threatStatusColours: Record<string, string> = {
  identified: '#dc2626',
  mitigating: '#d97706',
  mitigated: '#059669',
  accepted: '#2563eb',
  transferred: '#7c3aed',
  'not-applicable': '#94a3b8',
};

export const mitigationStatusColours: Record<string, string> = {
  proposed: '#94a3b8',
  planned: '#0284c7',
  'in-progress': '#d97706',
  implemented: '#7c3aed',
  verified: '#059669',
  rejected: '#dc2626',
};

/** One bar per risk level (critical first), one stacked segment per threat status. */
export function riskStatusRows(d: Pick<Dashboard, 'byRiskAndStatus'>): ({ risk: RiskLevel; label: string; total: number } & Record<string, number | string>)[] {
  return [...d.byRiskAndStatus].reverse().map((r) => ({ risk: r.risk, label: riskLevelLabels[r.risk], total: r.total, ...r.counts }));
}

/** Statuses that occur at least once (so the legend is not cluttered with empty series). */
export function presentStatuses(d: Pick<Dashboard, 'byRiskAndStatus'>): { key: string; label: string }[] {
  return threatStatuses.filter((s) => d.byRiskAndStatus.some((r) => r.counts[s] > 0)).map((s) => ({ key: s, label: threatStatusLabels[s] }));
}

export function coverageSummary(c: Dashboard['coverage']): { headline: string; text: string; percent: number | null } {
  if (c.highOrCritical === 0) return { headline: 'No high or critical threats', text: 'There are no high or critical threats, so nothing needs covering yet.', percent: null };
  const percent = Math.round((c.covered / c.highOrCritical) * 100);
  return {
    headline: `${c.covered} of ${c.highOrCritical}`,
    text: `${c.covered} of ${c.highOrCritical} high and critical ${c.highOrCritical === 1 ? 'threat has' : 'threats have'} a verified mitigation (${percent}%).`,
    percent,
  };
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  count: number;
  risk: RiskLevel;
}

/** cells[likelihood-1][impact-1] as drawn: likelihood 5 on top, impact 1 to 5 left to right. */
export function heatmapRows(cells: readonly (readonly number[])[]): HeatCell[][] {
  return [5, 4, 3, 2, 1].map((l) => [1, 2, 3, 4, 5].map((i) => ({ likelihood: l, impact: i, count: cells[l - 1]?.[i - 1] ?? 0, risk: riskLevel(l, i) })));
}

export function heatmapTotal(cells: readonly (readonly number[])[]): number {
  return cells.flat().reduce((n, c) => n + c, 0);
}

/** Counts per risk band, for a one-line description of a heat map. */
export function heatmapBands(cells: readonly (readonly number[])[]): string {
  const bands: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  heatmapRows(cells).flat().forEach((c) => (bands[c.risk] += c.count));
  return (['critical', 'high', 'medium', 'low'] as const).map((r) => `${bands[r]} ${riskLevelLabels[r].toLowerCase()}`).join(', ');
}

export const axisLabel = {
  likelihood: (l: number) => `${l} ${likelihoodLabels[l - 1]}`,
  impact: (i: number) => `${i} ${impactLabels[i - 1]}`,
};

export function categoryLabel(category: string): string {
  return threatCategoryLabels[category as ThreatCategory] ?? (category === 'uncategorised' ? 'Uncategorised' : category);
}

/** Bars of open and closed threats per stage or category, largest first, at most `limit`. */
export function openClosedRows(items: readonly { name: string; total: number; open: number }[], limit = 12): { name: string; open: number; closed: number; total: number }[] {
  return items.slice(0, limit).map((i) => ({ name: i.name, open: i.open, closed: i.total - i.open, total: i.total }));
}

export function stageRows(d: Pick<Dashboard, 'byStage'>, limit?: number) {
  return openClosedRows(d.byStage.map((s) => ({ name: s.name, total: s.total, open: s.open })), limit);
}

export function categoryRows(d: Pick<Dashboard, 'byCategory'>, limit?: number) {
  return openClosedRows(d.byCategory.map((c) => ({ name: categoryLabel(c.category), total: c.total, open: c.open })), limit);
}

export function mitigationStatusRows(d: Pick<Dashboard, 'mitigationsByStatus'>): { key: string; label: string; count: number }[] {
  return mitigationStatuses.map((s) => ({ key: s, label: mitigationStatusLabels[s], count: d.mitigationsByStatus[s] ?? 0 }));
}

/** The burndown in one sentence, and the latest figure on its own. */
export function burndownSummary(b: Dashboard['burndown']): { latest: number | null; text: string } {
  if (b.length === 0) return { latest: null, text: 'No threats yet, so there is no open risk to track.' };
  const first = b[0]!;
  const last = b[b.length - 1]!;
  const peak = b.reduce((m, p) => (p.openRisk > m.openRisk ? p : m), first);
  if (b.length === 1) return { latest: last.openRisk, text: `Open risk on ${last.date}: ${last.openRisk}.` };
  const change = last.openRisk - first.openRisk;
  const trend = change < 0 ? `down ${-change}` : change > 0 ? `up ${change}` : 'unchanged';
  return {
    latest: last.openRisk,
    text: `Open risk went from ${first.openRisk} on ${first.date} to ${last.openRisk} on ${last.date} (${trend}); the peak was ${peak.openRisk} on ${peak.date}.`,
  };
}

/** Burndown points thinned for a table: every point when short, else weekly plus the last. */
export function burndownTableRows(b: Dashboard['burndown'], maxRows = 30): Dashboard['burndown'] {
  if (b.length <= maxRows) return b;
  const step = Math.ceil(b.length / maxRows);
  const rows = b.filter((_, i) => i % step === 0);
  if (rows[rows.length - 1] !== b[b.length - 1]) rows.push(b[b.length - 1]!);
  return rows;
}
