'use client';
import type { ImportCounts, ImportNote, ImportReport } from '@/lib/interop/types';
import { importFormatLabels } from '@/lib/interop/types';
import { plural } from '@/lib/util/format';

const rows: { key: keyof ImportCounts; label: string }[] = [
  { key: 'elements', label: 'Elements' },
  { key: 'boundaries', label: 'Trust boundaries' },
  { key: 'flows', label: 'Data flows' },
  { key: 'threats', label: 'Threats' },
  { key: 'mitigations', label: 'Mitigations' },
  { key: 'links', label: 'Threat–mitigation links' },
];

function NoteList({ label, notes, empty }: { label: string; notes: ImportNote[]; empty: string }) {
  const headingId = `import-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {label} <span className="font-normal text-slate-500">({notes.length})</span>
      </h3>
      {notes.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul aria-label={label} className="max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 bg-white p-2 text-sm">
          {notes.map((n, i) => (
            <li key={`${n.subject}-${i}`} className="break-words">
              <span className="font-medium text-slate-900">{n.subject}</span> — <span className="text-slate-700">{n.detail}</span>
              {n.path && <span className="ml-1 font-mono text-xs text-slate-500">({n.path})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What an import will create (or created): counts, approximate mappings, what could not be mapped. */
export function ImportReportView({ report, name }: { report: ImportReport; name: string }) {
  return (
    <section aria-label="Import preview" className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <div>
        <p className="font-medium text-slate-900">{name || 'Untitled model'}</p>
        <p className="text-slate-600">
          Detected format: <strong>{importFormatLabels[report.format]}</strong>
          {report.source && report.source !== importFormatLabels[report.format] ? ` (${report.source})` : ''}
        </p>
        <p className="mt-1 text-slate-700">
          {plural(report.counts.elements, 'element')} · {plural(report.counts.flows, 'flow')} · {plural(report.counts.threats, 'threat')} · {plural(report.counts.mitigations, 'mitigation')}
        </p>
      </div>
      <table className="w-full text-left">
        <caption className="sr-only">What the import creates</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-1 font-medium">Item</th>
            <th scope="col" className="py-1 text-right font-medium">Count</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="py-1 font-normal text-slate-700">{r.label}</th>
              <td className="py-1 text-right tabular-nums text-slate-900">{report.counts[r.key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NoteList label="Mapped approximately" notes={report.approximations} empty="Everything maps one to one." />
      <NoteList label="Not imported" notes={report.unmapped} empty="Nothing was left out." />
    </section>
  );
}
