import 'server-only';
import type { ReportData, ReportMitigation, ReportThreat } from '@/lib/report/types';
import { Empty, Line, Ref, RiskPill, Section, Table, type Column } from './parts';

function ThreatCell({ t }: { t: ReportThreat }) {
  return (
    <>
      <span className="bold">{t.title}</span>
      {t.description ? <Line className="small pre">{t.description}</Line> : null}
      <Line className="small muted">
        {t.category}
        {t.stride.length ? ` · STRIDE ${t.stride.join('')}` : ''}
      </Line>
      {t.references.map((r) => (
        <Line key={`${r.framework}:${r.id}`} className="small muted">
          {r.id}
          {r.name ? ` ${r.name}` : ''} ({r.framework})
        </Line>
      ))}
    </>
  );
}

const threatColumns: Column<ReportThreat>[] = [
  { header: 'Ref', width: 36, cell: (t) => <Ref>{t.ref}</Ref> },
  { header: 'Threat', cell: (t) => <ThreatCell t={t} /> },
  { header: 'Inherent', width: 56, cell: (t) => <RiskPill rating={t.inherent} /> },
  { header: 'Residual', width: 56, cell: (t) => <RiskPill rating={t.residual} /> },
  { header: 'Status', width: 54, cell: (t) => <span className="small">{t.statusLabel}</span> },
  { header: 'Owner', width: 62, cell: (t) => <span className="small">{t.owner ?? '—'}</span> },
  { header: 'Mitigations', width: 56, cell: (t) => <span className="small">{t.mitigationRefs.join(', ') || '—'}</span> },
];

/** The threat register, or (`continued`) a later run of its stages printed as a job of its own. */
export function Threats({ data, continued }: { data: ReportData; continued?: boolean }) {
  return (
    <Section
      title="Threats"
      continued={continued}
      intro={
        <p className="muted">
          {data.threatCount} threats grouped by pipeline stage, highest residual risk first. Residual risk counts only verified mitigations.
        </p>
      }
    >
      {data.stages.length === 0 ? (
        <Empty>No threats match the report options.</Empty>
      ) : (
        data.stages.map((stage) => (
          // The stage heading is part of the table header, so it is repeated on every page the stage spans.
          <Table key={stage.key} caption={`${stage.name} (${stage.kindLabel}, ${stage.threats.length})`} columns={threatColumns} rows={stage.threats} keyOf={(t) => t.id} />
        ))
      )}
    </Section>
  );
}

export function Dismissed({ data }: { data: ReportData }) {
  const rows = data.dismissed ?? [];
  return (
    <Section title="Dismissed suggestions">
      <p className="muted">Rule suggestions the team decided not to track, with the reason given.</p>
      {rows.length === 0 ? (
        <Empty>No suggestions were dismissed.</Empty>
      ) : (
        <Table
          columns={[
            {
              header: 'Suggestion',
              cell: (d) => (
                <>
                  <span className="bold">{d.title}</span>
                  <Line className="small muted">{d.catalogueId}</Line>
                </>
              ),
            },
            { header: 'Where', width: 100, cell: (d) => d.target },
            { header: 'Reason', width: 120, cell: (d) => <span className="pre">{d.reason || '—'}</span> },
            { header: 'Why it was suggested', width: 150, cell: (d) => <span className="small pre">{d.explanation}</span> },
          ]}
          rows={rows}
          keyOf={(_d, i) => String(i)}
        />
      )}
    </Section>
  );
}

/** Only http(s) ticket URLs become links; anything else is printed as text. */
function Ticket({ url }: { url: string | null }) {
  if (url && /^https?:\/\//i.test(url)) {
    return (
      <a className="small" href={url}>
        {url}
      </a>
    );
  }
  return <span className="small">{url ?? '—'}</span>;
}

const mitigationColumns: Column<ReportMitigation>[] = [
  { header: 'Ref', width: 36, cell: (m) => <Ref>{m.ref}</Ref> },
  {
    header: 'Mitigation',
    cell: (m) => (
      <>
        <span className="bold">{m.title}</span>
        {m.description ? <Line className="small pre">{m.description}</Line> : null}
        {m.rejectionReason ? <Line className="small muted pre">Rejected: {m.rejectionReason}</Line> : null}
      </>
    ),
  },
  { header: 'Type', width: 50, cell: (m) => <span className="small">{m.controlType}</span> },
  { header: 'Status', width: 54, cell: (m) => <span className="small">{m.statusLabel}</span> },
  { header: 'Owner', width: 58, cell: (m) => <span className="small">{m.owner ?? '—'}</span> },
  { header: 'Due', width: 56, cell: (m) => (m.dueDate ? <span className={m.overdue ? 'small overdue' : 'small'}>{`${m.dueDate}${m.overdue ? ' (overdue)' : ''}`}</span> : '—') },
  { header: 'Ticket', width: 60, cell: (m) => <Ticket url={m.ticketUrl} /> },
  { header: 'Threats', width: 44, cell: (m) => <span className="small">{m.threatRefs.join(', ') || '—'}</span> },
];

export function Mitigations({ data, continued }: { data: ReportData; continued?: boolean }) {
  return (
    <Section title="Mitigation plan" continued={continued} intro={<p className="muted">Open work first, by due date; then verified and rejected mitigations.</p>}>
      {data.mitigations.length === 0 ? <Empty>No mitigations.</Empty> : <Table columns={mitigationColumns} rows={data.mitigations} keyOf={(m) => m.id} />}
    </Section>
  );
}
