import 'server-only';
import { Page, Text, View } from '@react-pdf/renderer';
import { riskColors, s } from './styles';
import { Empty, Footer, RiskPill, SectionPage, Table, type RenderContext, type TocId } from './parts';
import type { ReportData } from '@/lib/report/types';

export interface TocEntry {
  id: TocId;
  title: string;
}

/** Cover and contents. `pageOf` returns the page a section starts on, or '' while unknown. */
export function CoverPage({ data, ctx, toc, pageOf }: { data: ReportData; ctx: RenderContext; toc: TocEntry[]; pageOf: (id: TocId) => string }) {
  const m = data.meta;
  return (
    <Page size="A4" style={s.page}>
      <View style={{ marginTop: 90, marginBottom: 30 }}>
        <Text style={[s.muted, { fontSize: 11, marginBottom: 6 }]}>Threat model report</Text>
        <Text style={{ fontSize: 24, fontWeight: 'bold', marginBottom: 14 }}>{m.modelName}</Text>
        <Text style={s.p}>Workspace: {m.workspace}</Text>
        <Text style={s.p}>Revision: {m.revision}</Text>
        <Text style={s.p}>Generated: {m.generatedAt.slice(0, 16).replace('T', ' ')} UTC</Text>
        <Text style={s.p}>Author: {m.author}</Text>
        <Text style={[s.p, s.muted]}>Catalogue version {m.catalogueVersion}</Text>
        {m.filters.map((f) => (
          <Text key={f} style={[s.small, s.muted]}>{f}</Text>
        ))}
      </View>
      {toc.length > 0 && (
        <View>
          <Text style={s.h2}>Contents</Text>
          {toc.map((entry) => (
            <View key={entry.id} style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#e2e8f0', paddingVertical: 3 }}>
              <Text style={{ flexGrow: 1 }}>{entry.title}</Text>
              <Text fixed render={() => pageOf(entry.id)} style={{ width: 40, textAlign: 'right' }} />
            </View>
          ))}
        </View>
      )}
      <Footer ctx={ctx} />
    </Page>
  );
}

export function SummarySection({ data, ctx }: { data: ReportData; ctx: RenderContext }) {
  const { totals, byRisk, statuses, coverage, topOpen } = data.summary;
  const stats = [
    ['Threats', totals.threats],
    ['Open threats', totals.open],
    ['Mitigations', totals.mitigations],
    ['Verified mitigations', totals.verified],
    ['Overdue mitigations', totals.overdue],
  ] as const;
  return (
    <SectionPage id="summary" title="Executive summary" ctx={ctx}>
      {data.meta.modelDescription ? <Text style={s.p}>{data.meta.modelDescription}</Text> : null}
      <View style={s.statGrid}>
        {stats.map(([label, value]) => (
          <View key={label} style={s.stat}>
            <Text style={s.statValue}>{value}</Text>
            <Text style={s.small}>{label}</Text>
          </View>
        ))}
      </View>
      <Text style={s.p}>
        Coverage of high and critical threats by verified mitigations:{' '}
        {coverage.ratio === null ? 'no high or critical threats.' : `${coverage.covered} of ${coverage.highOrCritical} (${Math.round(coverage.ratio * 100)}%).`}
      </Text>
      <Text style={s.h2}>Threats by inherent risk and status</Text>
      <Table
        columns={[
          { header: 'Risk', flex: 1.2, cell: (r) => <Text style={{ color: riskColors[r.level].text, fontWeight: 'bold' }}>{r.label}</Text> },
          ...statuses.map((st) => ({ header: st.label, flex: 1, cell: (r: (typeof byRisk)[number]) => String(r.counts[st.id] ?? 0) })),
          { header: 'Total', flex: 0.8, cell: (r) => String(r.total) },
        ]}
        rows={byRisk}
        keyOf={(r) => r.level}
      />
      <Text style={s.h2}>Top open risks (residual)</Text>
      {topOpen.length === 0 ? (
        <Empty>No open threats{data.meta.filters.length ? ' in the listed threats' : ''}.</Empty>
      ) : (
        <Table
          columns={[
            { header: 'Ref', flex: 0.6, cell: (t) => t.ref },
            { header: 'Threat', flex: 4, cell: (t) => t.title },
            { header: 'Stage', flex: 2.2, cell: (t) => t.stageName },
            { header: 'Residual', flex: 1.2, cell: (t) => <RiskPill rating={t.residual} /> },
            { header: 'Status', flex: 1.2, cell: (t) => t.statusLabel },
            { header: 'Owner', flex: 1.8, cell: (t) => t.owner ?? '—' },
          ]}
          rows={topOpen}
          keyOf={(t) => t.id}
        />
      )}
    </SectionPage>
  );
}

const SCOPE_FLOW_LIMIT = 300;

export function ScopeSection({ data, ctx }: { data: ReportData; ctx: RenderContext }) {
  const { boundaries, elements, flows } = data.scope;
  const crossing = flows.filter((f) => f.crossesBoundary);
  return (
    <SectionPage id="scope" title="Scope" ctx={ctx}>
      <Text style={s.p}>
        The model has {elements.length} pipeline stages in {boundaries.length} trust boundaries, connected by {flows.length} data flows, of which {crossing.length} cross a
        trust boundary.
      </Text>
      <Text style={s.h2}>Pipeline stages</Text>
      {elements.length === 0 ? (
        <Empty>The diagram is empty.</Empty>
      ) : (
        <Table
          columns={[
            { header: 'Stage', flex: 3, cell: (e) => e.name },
            { header: 'Kind', flex: 2, cell: (e) => e.kindLabel },
            { header: 'Trust boundary', flex: 2.5, cell: (e) => e.boundary ?? '—' },
            { header: 'Open threats', flex: 1, cell: (e) => String(e.openThreats) },
          ]}
          rows={elements}
          keyOf={(_e, i) => String(i)}
        />
      )}
      {boundaries.length > 0 && (
        <>
          <Text style={s.h2}>Trust boundaries</Text>
          <Table
            columns={[
              { header: 'Boundary', flex: 3, cell: (b) => b.name },
              { header: 'Kind', flex: 2, cell: (b) => b.kindLabel },
              { header: 'Inside', flex: 3, cell: (b) => b.parent ?? '—' },
            ]}
            rows={boundaries}
            keyOf={(_b, i) => String(i)}
          />
        </>
      )}
      {crossing.length > 0 && (
        <>
          <Text style={s.h2}>Flows crossing a trust boundary</Text>
          <Table
            columns={[
              { header: 'From', flex: 3, cell: (f) => f.source },
              { header: 'To', flex: 3, cell: (f) => f.target },
              { header: 'Label', flex: 2, cell: (f) => f.label || '—' },
            ]}
            rows={crossing.slice(0, SCOPE_FLOW_LIMIT)}
            keyOf={(_f, i) => String(i)}
          />
          {crossing.length > SCOPE_FLOW_LIMIT && <Empty>… and {crossing.length - SCOPE_FLOW_LIMIT} more (see the JSON export).</Empty>}
        </>
      )}
    </SectionPage>
  );
}
