import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import type { Dashboard } from '@/lib/dashboard/compute';
import { mitigationStatusLabels, type MitigationStatus } from '@/lib/domain/mitigation';
import { riskLevelLabels } from '@/lib/domain/risk';
import { ChartCard, TextTable } from './chart-card';
import {
  burndownSummary, burndownTableRows, categoryRows, coverageSummary, heatmapBands, heatmapTotal, mitigationStatusRows, presentStatuses, riskStatusRows, stageRows,
} from './chart-data';
import { BurndownChart, MitigationStatusChart, OpenClosedChart, RiskStatusChart } from './charts';
import { HeatMap } from './heat-map';

export interface DashboardViewProps {
  dashboard: Dashboard;
  /** Where the threat register is (a model) or the models list (the workspace). */
  threatsHref: string;
  /** The tracker to open a mitigation in: `${trackerHref}?mitigation=id`. */
  trackerHref: string;
}

/** Risk dashboard: every chart has a visible summary and its numbers as a table. */
export function DashboardView({ dashboard: d, threatsHref, trackerHref }: DashboardViewProps) {
  if (d.totals.threats === 0 && d.totals.mitigations === 0) {
    return (
      <EmptyState title="Nothing to chart yet" action={<Link className="text-sm font-medium text-brand-700 underline" href={threatsHref}>Go to the threats</Link>}>
        Once threats are in the register and mitigations are agreed, this page shows risk levels, coverage, heat maps, the burndown and overdue work.
      </EmptyState>
    );
  }
  const coverage = coverageSummary(d.coverage);
  const burn = burndownSummary(d.burndown);
  const riskRows = riskStatusRows(d);
  const statuses = presentStatuses(d);
  const stages = stageRows(d);
  const categories = categoryRows(d);
  const mStatus = mitigationStatusRows(d);
  const tiles = [
    { label: 'Threats', value: d.totals.threats },
    { label: 'Open threats', value: d.totals.openThreats },
    { label: 'Mitigations', value: d.totals.mitigations },
    { label: 'Verified mitigations', value: d.totals.verifiedMitigations },
    { label: 'Overdue mitigations', value: d.totals.overdueMitigations },
  ];

  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {tiles.map((t) => (
          <div key={t.label} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-slate-900">{t.value}</dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <section aria-labelledby="coverage-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="coverage-title" className="text-base font-semibold text-slate-900">Mitigation coverage</h2>
          <p className="mt-2 text-3xl font-semibold tabular-nums text-slate-900">{coverage.headline}</p>
          {coverage.percent !== null && (
            <div role="progressbar" aria-label="Coverage of high and critical threats" aria-valuemin={0} aria-valuemax={100} aria-valuenow={coverage.percent} className="mt-2 h-2 rounded bg-slate-100">
              <div className="h-2 rounded bg-emerald-600" style={{ width: `${coverage.percent}%` }} />
            </div>
          )}
          <p className="mt-2 text-sm text-slate-600">{coverage.text}</p>
        </section>
        <ChartCard
          id="burndown"
          title="Open risk over time"
          summary={
            <>
              {burn.latest !== null && <span className="font-medium text-slate-900">Open risk now: {burn.latest}. </span>}
              {burn.text} Open risk is the sum of residual scores of open threats at the end of each day.
            </>
          }
          chart={d.burndown.length ? <BurndownChart points={d.burndown} /> : null}
          table={<TextTable caption="Open risk by day" columns={['Date', 'Open risk']} rows={burndownTableRows(d.burndown).map((p) => [p.date, p.openRisk])} />}
        />
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="risk-status"
          title="Threats by risk and status"
          summary={riskRows.map((r) => `${r.label}: ${r.total}`).join(' · ')}
          chart={<RiskStatusChart rows={riskRows} statuses={statuses} />}
          table={
            <TextTable
              caption="Threats by inherent risk level (rows) and status (columns)"
              columns={['Risk', ...statuses.map((s) => s.label), 'Total']}
              rows={riskRows.map((r) => [r.label, ...statuses.map((s) => Number(r[s.key] ?? 0)), r.total])}
            />
          }
        />
        <section aria-labelledby="heatmap-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="heatmap-title" className="text-base font-semibold text-slate-900">Inherent and residual risk</h2>
          <p className="mt-0.5 text-sm text-slate-600">
            {heatmapTotal(d.heatmap.inherent)} threats in scope. Inherent: {heatmapBands(d.heatmap.inherent)}. Residual, after verified mitigations: {heatmapBands(d.heatmap.residual)}.
          </p>
          <div className="mt-3 flex flex-wrap gap-4">
            <HeatMap title="Inherent risk" cells={d.heatmap.inherent} />
            <HeatMap title="Residual risk" cells={d.heatmap.residual} />
          </div>
        </section>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          id="by-stage"
          title="Threats by pipeline stage"
          summary={stages.length ? `${d.byStage.length} stages; most threats: ${stages[0]!.name} (${stages[0]!.total}, ${stages[0]!.open} open).` : 'No threats.'}
          chart={<OpenClosedChart rows={stages} />}
          table={<TextTable caption="Threats by pipeline stage" columns={['Stage', 'Open', 'Closed', 'Total']} rows={stageRows(d, Infinity).map((r) => [r.name, r.open, r.closed, r.total])} />}
        />
        <ChartCard
          id="by-category"
          title="Threats by category"
          summary={categories.length ? `${d.byCategory.length} categories; most threats: ${categories[0]!.name} (${categories[0]!.total}, ${categories[0]!.open} open).` : 'No threats.'}
          chart={<OpenClosedChart rows={categories} />}
          table={<TextTable caption="Threats by category" columns={['Category', 'Open', 'Closed', 'Total']} rows={categoryRows(d, Infinity).map((r) => [r.name, r.open, r.closed, r.total])} />}
        />
      </div>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        <ChartCard
          id="mitigation-status"
          title="Mitigations by status"
          summary={mStatus.filter((r) => r.count).map((r) => `${r.label}: ${r.count}`).join(' · ') || 'No mitigations yet.'}
          chart={<MitigationStatusChart rows={mStatus} />}
          table={<TextTable caption="Mitigations by status" columns={['Status', 'Mitigations']} rows={mStatus.map((r) => [r.label, r.count])} />}
        />
        <section aria-labelledby="overdue-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="overdue-title" className="text-base font-semibold text-slate-900">Overdue mitigations</h2>
          {d.overdue.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">Nothing is overdue.</p>
          ) : (
            <>
              <p className="mt-0.5 text-sm text-slate-600">
                {d.overdue.length} overdue · <Link className="text-brand-700 underline" href={`${trackerHref}?due=overdue`}>Open in the tracker</Link>
              </p>
              <div className="mt-2 max-h-80 overflow-y-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Overdue mitigations with owners</caption>
                  <thead className="text-xs uppercase tracking-wide text-slate-500">
                    <tr><th scope="col" className="py-1">Mitigation</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Late by</th><th scope="col">Status</th></tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {d.overdue.map((m) => (
                      <tr key={m.id}>
                        <th scope="row" className="py-1.5 pr-2 font-medium">
                          <Link className="text-slate-900 hover:text-brand-700 hover:underline" href={`${trackerHref}?mitigation=${encodeURIComponent(m.id)}`}>{m.title}</Link>
                          <span className="block text-xs font-normal text-slate-500">{m.modelName}</span>
                        </th>
                        <td className="pr-2">{m.owner ?? <span className="text-slate-500">Unassigned</span>}</td>
                        <td className="whitespace-nowrap pr-2">{m.dueDate}</td>
                        <td className="whitespace-nowrap pr-2 text-red-800">{m.daysOverdue} {m.daysOverdue === 1 ? 'day' : 'days'}</td>
                        <td>{mitigationStatusLabels[m.status as MitigationStatus] ?? m.status}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      </div>
      <p className="text-xs text-slate-500">Risk levels: {(['low', 'medium', 'high', 'critical'] as const).map((r) => riskLevelLabels[r]).join(', ')} (likelihood × impact: 1–4, 5–9, 10–14, 15–25).</p>
    </div>
  );
}
