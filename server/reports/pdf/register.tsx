import 'server-only';
import { Link, Text, View } from '@react-pdf/renderer';
import { ChunkedSection, Empty, RiskPill, SectionPage, Table, type RenderContext } from './parts';
import { lines } from '@/lib/report/pack';
import { s } from './styles';
import type { ReportData, ReportMitigation, ReportThreat } from '@/lib/report/types';

function ThreatCell({ t }: { t: ReportThreat }) {
  return (
    <View>
      <Text style={s.bold}>{t.title}</Text>
      {t.description ? <Text style={[s.small, { marginTop: 1 }]}>{t.description}</Text> : null}
      <Text style={[s.small, s.muted, { marginTop: 1 }]}>
        {t.category}
        {t.stride.length ? ` · STRIDE ${t.stride.join('')}` : ''}
      </Text>
      {t.references.map((r) => (
        <Text key={`${r.framework}:${r.id}`} style={[s.small, s.muted]}>
          {r.id}
          {r.name ? ` ${r.name}` : ''} ({r.framework})
        </Text>
      ))}
    </View>
  );
}

const L = 9.5; // line height of small text
const textLines = (text: string, perLine: number) => text.split('\n').reduce((n, line) => n + lines(line.length, perLine), 0);

function threatRowHeight(t: ReportThreat): number {
  const cell =
    lines(t.title.length, 42) * 11.5 +
    (t.description ? textLines(t.description, 50) * L : 0) +
    L +
    t.references.reduce((n, r) => n + lines(r.id.length + (r.name?.length ?? 0) + r.framework.length + 4, 50), 0) * L;
  const side = Math.max(lines((t.owner ?? '').length, 13), lines(t.mitigationRefs.join(', ').length, 8)) * L;
  return 8 + Math.max(cell, side);
}

export function ThreatsSection({ data, ctx }: { data: ReportData; ctx: RenderContext }) {
  return (
    <ChunkedSection
      id="threats"
      title="Threats"
      ctx={ctx}
      intro={
        <Text style={[s.p, s.muted]}>
          {data.threatCount} threats grouped by pipeline stage, highest residual risk first. Residual risk counts only verified mitigations.
        </Text>
      }
      groups={data.stages.map((stage) => ({ key: stage.key, heading: `${stage.name} (${stage.kindLabel}, ${stage.threats.length})`, rows: stage.threats }))}
      columns={[
        { header: 'Ref', flex: 0.55, cell: (t) => t.ref },
        { header: 'Threat', flex: 5, cell: (t) => <ThreatCell t={t} /> },
        { header: 'Inherent', flex: 1.05, cell: (t) => <RiskPill rating={t.inherent} /> },
        { header: 'Residual', flex: 1.05, cell: (t) => <RiskPill rating={t.residual} /> },
        { header: 'Status', flex: 1.1, cell: (t) => t.statusLabel },
        { header: 'Owner', flex: 1.5, cell: (t) => <Text style={s.small}>{t.owner ?? '—'}</Text> },
        { header: 'Mitigations', flex: 1, cell: (t) => <Text style={s.small}>{t.mitigationRefs.join(', ') || '—'}</Text> },
      ]}
      rowHeight={threatRowHeight}
      keyOf={(t) => t.id}
      empty="No threats match the report options."
    />
  );
}

export function DismissedSection({ data, ctx }: { data: ReportData; ctx: RenderContext }) {
  const rows = data.dismissed ?? [];
  return (
    <SectionPage id="dismissed" title="Dismissed suggestions" ctx={ctx}>
      <Text style={[s.p, s.muted]}>Rule suggestions the team decided not to track, with the reason given.</Text>
      {rows.length === 0 ? (
        <Empty>No suggestions were dismissed.</Empty>
      ) : (
        <Table
          columns={[
            { header: 'Suggestion', flex: 3, cell: (d) => <View><Text style={s.bold}>{d.title}</Text><Text style={[s.small, s.muted]}>{d.catalogueId}</Text></View> },
            { header: 'Where', flex: 2, cell: (d) => d.target },
            { header: 'Reason', flex: 3, cell: (d) => d.reason || '—' },
            { header: 'Why it was suggested', flex: 3, cell: (d) => <Text style={s.small}>{d.explanation}</Text> },
          ]}
          rows={rows}
          keyOf={(_d, i) => String(i)}
        />
      )}
    </SectionPage>
  );
}

function mitigationRowHeight(m: ReportMitigation): number {
  const cell = lines(m.title.length, 36) * 11.5 + (m.description ? textLines(m.description, 43) * L : 0) + (m.rejectionReason ? textLines(m.rejectionReason, 43) * L : 0);
  const side = Math.max(lines((m.ticketUrl ?? '').length, 11), lines((m.owner ?? '').length, 12), lines(m.threatRefs.join(', ').length, 8)) * L;
  return 8 + Math.max(cell, side, 2 * L);
}

export function MitigationsSection({ data, ctx }: { data: ReportData; ctx: RenderContext }) {
  return (
    <ChunkedSection
      id="mitigations"
      title="Mitigation plan"
      ctx={ctx}
      intro={<Text style={[s.p, s.muted]}>Open work first, by due date; then verified and rejected mitigations.</Text>}
      groups={[{ key: 'all', heading: null, rows: data.mitigations }]}
      columns={[
        { header: 'Ref', flex: 0.6, cell: (m) => m.ref },
        {
          header: 'Mitigation',
          flex: 4.5,
          cell: (m) => (
            <View>
              <Text style={s.bold}>{m.title}</Text>
              {m.description ? <Text style={s.small}>{m.description}</Text> : null}
              {m.rejectionReason ? <Text style={[s.small, s.muted]}>Rejected: {m.rejectionReason}</Text> : null}
            </View>
          ),
        },
        { header: 'Type', flex: 1.1, cell: (m) => m.controlType },
        { header: 'Status', flex: 1.1, cell: (m) => m.statusLabel },
        { header: 'Owner', flex: 1.6, cell: (m) => <Text style={s.small}>{m.owner ?? '—'}</Text> },
        { header: 'Due', flex: 1.1, cell: (m) => <Text style={m.overdue ? { color: '#b91c1c', fontWeight: 'bold' } : {}}>{m.dueDate ? `${m.dueDate}${m.overdue ? ' (overdue)' : ''}` : '—'}</Text> },
        {
          header: 'Ticket',
          flex: 1.4,
          cell: (m) =>
            m.ticketUrl && /^https?:\/\//i.test(m.ticketUrl) ? (
              <Link src={m.ticketUrl} style={s.small}>{m.ticketUrl}</Link>
            ) : (
              <Text style={s.small}>{m.ticketUrl ?? '—'}</Text>
            ),
        },
        { header: 'Threats', flex: 1, cell: (m) => <Text style={s.small}>{m.threatRefs.join(', ') || '—'}</Text> },
      ]}
      rowHeight={mitigationRowHeight}
      keyOf={(m) => m.id}
      empty="No mitigations."
    />
  );
}
