import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import type { ReportData } from '@/lib/report/types';
import { ChunkedSection, Empty, SectionPage, Table, type RenderContext } from './parts';
import { lines } from '@/lib/report/pack';
import { s } from './styles';

export function BomSection({ data, ctx }: { data: ReportData; ctx: RenderContext }) {
  return (
    <SectionPage id="bom" title="AI bill of materials" ctx={ctx}>
      <Text style={[s.p, s.muted]}>Models and datasets in the pipeline with the facts recorded on them; the CycloneDX export carries the same inventory in machine-readable form.</Text>
      {data.bom.length === 0 ? (
        <Empty>No model or dataset stages in the diagram.</Empty>
      ) : (
        <Table
          columns={[
            { header: 'Component', flex: 2.4, cell: (r) => <View><Text style={s.bold}>{r.name}</Text><Text style={[s.small, s.muted]}>{r.kind}</Text></View> },
            { header: 'Type', flex: 1, cell: (r) => r.type },
            { header: 'Recorded facts', flex: 4.5, cell: (r) => <View>{r.facts.length ? r.facts.map((f) => <Text key={f.label} style={s.small}>{f.label}: {f.value}</Text>) : <Text style={s.small}>—</Text>}</View> },
            { header: 'Missing', flex: 2.2, cell: (r) => <Text style={[s.small, s.muted]}>{r.missing.join(', ') || '—'}</Text> },
          ]}
          rows={data.bom}
          keyOf={(_r, i) => String(i)}
        />
      )}
    </SectionPage>
  );
}

export function FrameworksSection({ data, ctx }: { data: ReportData; ctx: RenderContext }) {
  return (
    <ChunkedSection
      id="frameworks"
      title="Framework mapping"
      ctx={ctx}
      intro={<Text style={[s.p, s.muted]}>Which listed threats each framework entry maps to. Names are the frameworks&apos; official titles.</Text>}
      groups={data.frameworks.map((fw) => ({ key: fw.framework, heading: fw.framework, rows: fw.entries }))}
      columns={[
        { header: 'Id', flex: 1.3, cell: (e) => <Text style={s.mono}>{e.id}</Text> },
        { header: 'Name', flex: 3, cell: (e) => e.name ?? '—' },
        { header: 'Threats', flex: 4, cell: (e) => <Text style={s.small}>{e.threatRefs.join(', ')}</Text> },
      ]}
      rowHeight={(e) => 8 + Math.max(lines((e.name ?? '').length, 30), lines(e.threatRefs.join(', ').length, 52)) * 9.5}
      keyOf={(e) => e.id}
      empty="No listed threat cites a framework."
    />
  );
}
