'use client';
import { cn } from '@/components/ui/cn';
import { impactLabels, likelihoodLabels, riskLevelLabels } from '@/lib/domain/risk';
import { riskTone } from '../risk-badge';
import { matrixCells, openTotal } from './matrix';

/**
 * Likelihood × impact grid of open threats. Each cell is a button that filters the register;
 * a table with the same counts
 * follows for screen readers.
 */
export function RiskMatrix({ threats, onPick, active }: {
  threats: readonly { likelihood: number; impact: number; status: string }[];
  onPick: (cell: { likelihood: number; impact: number }) => void;
  active: { likelihood: number; impact: number } | null;
}) {
  const cells = matrixCells(threats);
  const total = openTotal(cells);
  return (
    <section aria-labelledby="risk-matrix-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="risk-matrix-title" className="text-base font-semibold text-slate-900">Risk matrix</h2>
      <p className="mt-0.5 text-sm text-slate-600">{total} open {total === 1 ? 'threat' : 'threats'} (identified or mitigating). Choose a cell to filter the register.</p>
      <div className="mt-3 flex gap-2">
        <div className="flex w-5 items-center justify-center">
          <span aria-hidden className="-rotate-90 whitespace-nowrap text-xs font-medium text-slate-600">Likelihood</span>
        </div>
        <div className="flex-1">
          <div className="grid grid-cols-[5.5rem_repeat(5,minmax(2.5rem,1fr))] gap-1">
            {cells.map((row) => (
              <div key={row[0]!.likelihood} className="contents">
                <div aria-hidden className="flex items-center justify-end pr-1 text-right text-[11px] leading-tight text-slate-600">
                  {row[0]!.likelihood} {likelihoodLabels[row[0]!.likelihood - 1]}
                </div>
                {row.map((c) => {
                  const isActive = active?.likelihood === c.likelihood && active.impact === c.impact;
                  return (
                    <button
                      key={c.impact}
                      type="button"
                      onClick={() => onPick(c)}
                      aria-pressed={isActive}
                      aria-label={`Likelihood ${c.likelihood} ${likelihoodLabels[c.likelihood - 1]}, impact ${c.impact} ${impactLabels[c.impact - 1]}: ${c.count} open, ${riskLevelLabels[c.risk].toLowerCase()} risk`}
                      className={cn(
                        'h-10 rounded text-sm font-semibold tabular-nums transition-shadow hover:ring-2 hover:ring-slate-400',
                        riskTone[c.risk].cell,
                        c.count === 0 && 'opacity-50',
                        isActive && 'ring-2 ring-brand-600 ring-offset-1',
                      )}
                    >
                      {c.count || ''}
                    </button>
                  );
                })}
              </div>
            ))}
            <div />
            {impactLabels.map((l, i) => (
              <div key={l} aria-hidden className="text-center text-[11px] leading-tight text-slate-600">{i + 1} {l}</div>
            ))}
          </div>
          <p aria-hidden className="mt-1 text-center text-xs font-medium text-slate-600">Impact</p>
        </div>
      </div>
      <table className="sr-only">
        <caption>Open threats by likelihood (rows) and impact (columns)</caption>
        <thead>
          <tr>
            <th scope="col">Likelihood</th>
            {impactLabels.map((l, i) => <th key={l} scope="col">Impact {i + 1} {l}</th>)}
          </tr>
        </thead>
        <tbody>
          {cells.map((row) => (
            <tr key={row[0]!.likelihood}>
              <th scope="row">{row[0]!.likelihood} {likelihoodLabels[row[0]!.likelihood - 1]}</th>
              {row.map((c) => (
                <td key={c.impact}>{c.count} ({riskLevelLabels[c.risk].toLowerCase()} risk)</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
