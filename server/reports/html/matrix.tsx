import 'server-only';
import { impactLabels, likelihoodLabels, riskLevel } from '@/lib/domain/risk';
import type { ReportData } from '@/lib/report/types';
import { Section } from './parts';
import { riskColors } from './styles';

function Grid({ title, cells }: { title: string; cells: number[][] }) {
  return (
    <div className="matrix">
      <h3>{title}</h3>
      <table>
        <tbody>
          {[5, 4, 3, 2, 1].map((l) => (
            <tr key={l}>
              <td className="label">{likelihoodLabels[l - 1]}</td>
              {[1, 2, 3, 4, 5].map((i) => {
                const c = riskColors[riskLevel(l, i)];
                const n = cells[l - 1]![i - 1]!;
                return (
                  <td key={i} style={{ backgroundColor: c.fill, color: c.text, fontWeight: n ? 'bold' : 'normal' }}>
                    {n || ''}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <td className="label" />
            {impactLabels.map((label) => (
              <td key={label} className="impact">
                {label}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="small muted" style={{ marginLeft: '62pt', marginTop: '2pt' }}>
        Impact → (rows: likelihood)
      </div>
    </div>
  );
}

export function Matrix({ data }: { data: ReportData }) {
  return (
    <Section title="Risk matrix">
      <p className="muted">Number of listed threats in each likelihood × impact cell, before and after verified mitigations (threats marked not applicable are left out).</p>
      <div className="matrices">
        <Grid title="Inherent risk" cells={data.matrix.inherent} />
        <Grid title="Residual risk" cells={data.matrix.residual} />
      </div>
    </Section>
  );
}
