import 'server-only';
import type { ContentsEntry, ContentsId } from '@/lib/report/contents';
import type { ReportData } from '@/lib/report/types';
import { Empty, Ref, RiskPill, Section, Table } from './parts';
import { riskColors } from './styles';

/** Internal link target on the contents page; rewritten into a jump to the page when merging. */
export const GOTO_PREFIX = 'http://threatline.invalid/goto/';

/** Cover and contents. `starts` holds the page each section starts on. */
export function Cover({ data, contents, starts }: { data: ReportData; contents: ContentsEntry[]; starts: ReadonlyMap<ContentsId, number> }) {
  const m = data.meta;
  return (
    <section>
      <div className="cover-head">
        <div className="cover-kicker">Threat model report</div>
        <div className="cover-title">{m.modelName}</div>
        <p>Workspace: {m.workspace}</p>
        {m.snapshot ? (
          <p>
            Snapshot: {m.snapshot.name} (taken {m.snapshot.takenAt.slice(0, 16).replace('T', ' ')} UTC, id {m.snapshot.id}, revision {m.revision})
          </p>
        ) : (
          <p>Revision: {m.revision} (the model as it was when this report was generated)</p>
        )}
        <p>Generated: {m.generatedAt.slice(0, 16).replace('T', ' ')} UTC</p>
        <p>Author: {m.author}</p>
        <p className="muted">Catalogue version {m.catalogueVersion}</p>
        {m.filters.map((f) => (
          <div key={f} className="small muted">
            {f}
          </div>
        ))}
      </div>
      {contents.length > 0 && (
        <>
          <h2>Contents</h2>
          <table className="contents">
            <tbody>
              {contents.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <a href={`${GOTO_PREFIX}${entry.id}`}>{entry.title}</a>
                  </td>
                  <td className="page">
                    <a href={`${GOTO_PREFIX}${entry.id}`}>{starts.get(entry.id) ?? '–'}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

export function Summary({ data }: { data: ReportData }) {
  const { totals, byRisk, statuses, coverage, topOpen } = data.summary;
  const stats = [
    ['Threats', totals.threats],
    ['Open threats', totals.open],
    ['Mitigations', totals.mitigations],
    ['Verified mitigations', totals.verified],
    ['Overdue mitigations', totals.overdue],
  ] as const;
  return (
    <Section title="Executive summary">
      {data.meta.modelDescription ? <p className="pre">{data.meta.modelDescription}</p> : null}
      <div className="stats">
        {stats.map(([label, value]) => (
          <div key={label} className="stat">
            <div className="stat-value">{value}</div>
            <div className="small">{label}</div>
          </div>
        ))}
      </div>
      <p>
        Coverage of high and critical threats by verified mitigations:{' '}
        {coverage.ratio === null ? 'no high or critical threats.' : `${coverage.covered} of ${coverage.highOrCritical} (${Math.round(coverage.ratio * 100)}%).`}
      </p>
      <h2>Threats by inherent risk and status</h2>
      <Table
        columns={[
          { header: 'Risk', width: 60, cell: (r) => <span className="bold" style={{ color: riskColors[r.level].text }}>{r.label}</span> },
          ...statuses.map((st) => ({ header: st.label, cell: (r: (typeof byRisk)[number]) => String(r.counts[st.id] ?? 0) })),
          { header: 'Total', width: 40, cell: (r) => String(r.total) },
        ]}
        rows={byRisk}
        keyOf={(r) => r.level}
      />
      <h2>Top open risks (residual)</h2>
      {topOpen.length === 0 ? (
        <Empty>No open threats{data.meta.filters.length ? ' in the listed threats' : ''}.</Empty>
      ) : (
        <Table
          columns={[
            { header: 'Ref', width: 36, cell: (t) => <Ref>{t.ref}</Ref> },
            { header: 'Threat', cell: (t) => t.title },
            { header: 'Stage', width: 110, cell: (t) => t.stageName },
            { header: 'Residual', width: 56, cell: (t) => <RiskPill rating={t.residual} /> },
            { header: 'Status', width: 56, cell: (t) => <span className="small">{t.statusLabel}</span> },
            { header: 'Owner', width: 90, cell: (t) => <span className="small">{t.owner ?? '—'}</span> },
          ]}
          rows={topOpen}
          keyOf={(t) => t.id}
        />
      )}
    </Section>
  );
}

const SCOPE_FLOW_LIMIT = 300;

export function Scope({ data }: { data: ReportData }) {
  const { boundaries, elements, flows } = data.scope;
  const crossing = flows.filter((f) => f.crossesBoundary);
  return (
    <Section title="Scope">
      <p>
        The model has {elements.length} pipeline stages in {boundaries.length} trust boundaries, connected by {flows.length} data flows, of which {crossing.length} cross a trust
        boundary.
      </p>
      <h2>Pipeline stages</h2>
      {elements.length === 0 ? (
        <Empty>The diagram is empty.</Empty>
      ) : (
        <Table
          columns={[
            { header: 'Stage', cell: (e) => e.name },
            { header: 'Kind', width: 120, cell: (e) => e.kindLabel },
            { header: 'Trust boundary', width: 130, cell: (e) => e.boundary ?? '—' },
            { header: 'Open threats', width: 50, cell: (e) => String(e.openThreats) },
          ]}
          rows={elements}
          keyOf={(_e, i) => String(i)}
        />
      )}
      {boundaries.length > 0 && (
        <>
          <h2>Trust boundaries</h2>
          <Table
            columns={[
              { header: 'Boundary', cell: (b) => b.name },
              { header: 'Kind', width: 120, cell: (b) => b.kindLabel },
              { header: 'Inside', width: 180, cell: (b) => b.parent ?? '—' },
            ]}
            rows={boundaries}
            keyOf={(_b, i) => String(i)}
          />
        </>
      )}
      {crossing.length > 0 && (
        <>
          <h2>Flows crossing a trust boundary</h2>
          <Table
            columns={[
              { header: 'From', cell: (f) => f.source },
              { header: 'To', cell: (f) => f.target },
              { header: 'Label', width: 150, cell: (f) => f.label || '—' },
            ]}
            rows={crossing.slice(0, SCOPE_FLOW_LIMIT)}
            keyOf={(_f, i) => String(i)}
          />
          {crossing.length > SCOPE_FLOW_LIMIT && <Empty>… and {crossing.length - SCOPE_FLOW_LIMIT} more (see the JSON export).</Empty>}
        </>
      )}
    </Section>
  );
}
