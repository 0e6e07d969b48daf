import { riskTone } from '@/components/threats/risk-badge';
import { cn } from '@/components/ui/cn';
import { impactLabels, riskLevelLabels } from '@/lib/domain/risk';
import { axisLabel, heatmapRows } from './chart-data';
import { TextTable } from './chart-card';

/** A 5×5 likelihood × impact grid of threat counts, with the same counts as a table. */
export function HeatMap({ title, cells }: { title: string; cells: readonly (readonly number[])[] }) {
  const rows = heatmapRows(cells);
  return (
    <figure className="min-w-0 flex-1">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <div aria-hidden className="mt-2 grid grid-cols-[4.5rem_repeat(5,minmax(1.75rem,1fr))] gap-1">
        {rows.map((row) => (
          <div key={row[0]!.likelihood} className="contents">
            <div className="flex items-center justify-end pr-1 text-right text-[10px] leading-tight text-slate-600">{axisLabel.likelihood(row[0]!.likelihood)}</div>
            {row.map((c) => (
              <div key={c.impact} className={cn('grid h-8 place-items-center rounded text-sm font-semibold tabular-nums', riskTone[c.risk].cell, c.count === 0 && 'opacity-40')}>
                {c.count || ''}
              </div>
            ))}
          </div>
        ))}
        <div />
        {impactLabels.map((l, i) => <div key={l} className="text-center text-[10px] leading-tight text-slate-600">{i + 1} {l}</div>)}
      </div>
      <p aria-hidden className="mt-1 text-center text-[11px] text-slate-500">Impact → · Likelihood ↑</p>
      <TextTable
        caption={`${title}: threats by likelihood (rows) and impact (columns)`}
        columns={['Likelihood', ...impactLabels.map((l, i) => `Impact ${i + 1} ${l}`)]}
        rows={rows.map((row) => [axisLabel.likelihood(row[0]!.likelihood), ...row.map((c) => `${c.count} (${riskLevelLabels[c.risk].toLowerCase()})`)])}
      />
    </figure>
  );
}
