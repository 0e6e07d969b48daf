import 'server-only';
import type { ReportData } from '@/lib/report/types';
import { Empty, Line, Section, Table } from './parts';

export function Bom({ data }: { data: ReportData }) {
  return (
    <Section title="AI bill of materials">
      <p className="muted">Models and datasets in the pipeline with the facts recorded on them; the CycloneDX export carries the same inventory in machine-readable form.</p>
      {data.bom.length === 0 ? (
        <Empty>No model or dataset stages in the diagram.</Empty>
      ) : (
        <Table
          columns={[
            {
              header: 'Component',
              cell: (r) => (
                <>
                  <span className="bold">{r.name}</span>
                  <Line className="small muted">{r.kind}</Line>
                </>
              ),
            },
            { header: 'Type', width: 50, cell: (r) => r.type },
            {
              header: 'Recorded facts',
              width: 200,
              cell: (r) =>
                r.facts.length ? (
                  r.facts.map((f) => (
                    <Line key={f.label} className="small">
                      {f.label}: {f.value}
                    </Line>
                  ))
                ) : (
                  <span className="small">—</span>
                ),
            },
            { header: 'Missing', width: 110, cell: (r) => <span className="small muted">{r.missing.join(', ') || '—'}</span> },
          ]}
          rows={data.bom}
          keyOf={(_r, i) => String(i)}
        />
      )}
    </Section>
  );
}

export function Frameworks({ data, continued }: { data: ReportData; continued?: boolean }) {
  return (
    <Section title="Framework mapping" continued={continued} intro={<p className="muted">Which listed threats each framework entry maps to. Names are the frameworks&apos; official titles.</p>}>
      {data.frameworks.length === 0 ? (
        <Empty>No listed threat cites a framework.</Empty>
      ) : (
        data.frameworks.map((fw) => (
          <Table
            key={fw.framework}
            caption={fw.framework}
            columns={[
              { header: 'Id', width: 80, cell: (e) => <span className="mono">{e.id}</span> },
              { header: 'Name', cell: (e) => e.name ?? '—' },
              { header: 'Threats', width: 200, cell: (e) => <span className="small">{e.threatRefs.join(', ')}</span> },
            ]}
            rows={fw.entries}
            keyOf={(e) => e.id}
          />
        ))
      )}
    </Section>
  );
}
