import type { RiskLevel } from '@/lib/domain/risk';
import type { ReportSection } from '@/lib/report/options';
import { Card, CardHeader } from '@/components/ui/card';

// The Markdown report has coarser sections than the PDF; map the PDF choices onto them.
const markdownSection: Partial<Record<ReportSection, string>> = {
  summary: 'summary',
  scope: 'scope',
  diagram: 'pipeline',
  threats: 'threats',
  mitigations: 'mitigations',
  matrix: 'matrix',
  bom: 'appendix',
  frameworks: 'appendix',
};

export function ExportLinks({ modelId, workspaceId, sections, minRisk, includeDismissed }: { modelId: string; workspaceId: string; sections: readonly ReportSection[]; minRisk: RiskLevel | ''; includeDismissed: boolean }) {
  const md = new URLSearchParams();
  const mdSections = [...new Set(sections.flatMap((s) => markdownSection[s] ?? []))];
  if (mdSections.length) md.set('sections', mdSections.join(','));
  if (minRisk) md.set('minRisk', minRisk);
  if (includeDismissed) md.set('includeDismissed', 'true');
  const api = `/api/v1/models/${modelId}`;
  const links = [
    { href: `${api}/export.json`, label: 'Model (JSON)', hint: 'The whole model in Threatline’s versioned exchange format; re-importable.' },
    { href: `${api}/report.md${md.size ? `?${md}` : ''}`, label: 'Report (Markdown)', hint: 'The report as Markdown with a Mermaid diagram, using the options above.' },
    { href: `${api}/threats/csv`, label: 'Threats (CSV)', hint: 'The threat register for spreadsheets.' },
    { href: `/api/v1/workspaces/${workspaceId}/mitigations/csv?model=${encodeURIComponent(modelId)}`, label: 'Mitigations (CSV)', hint: 'The mitigation tracker for this model.' },
    { href: `${api}/aibom.cdx.json`, label: 'AI bill of materials (CycloneDX)', hint: 'Models and datasets as a CycloneDX ML-BOM.' },
    { href: `${api}/export.otm.json`, label: 'OTM 0.2 (JSON)', hint: 'The model as an Open Threat Model file for other threat-modelling tools.' },
    { href: `${api}/export.td.json`, label: 'Threat Dragon v2 (JSON)', hint: 'The diagram and threats as an OWASP Threat Dragon model.' },
    { href: `${api}/export.tc.json`, label: 'Threat Composer (JSON)', hint: 'Threats, mitigations and assumptions as an AWS Threat Composer file.' },
  ];
  return (
    <Card>
      <CardHeader title="Other exports" description="Downloads of the current state of the model." />
      <ul className="divide-y divide-slate-100 px-4 pb-2">
        {links.map((l) => (
          <li key={l.label} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
            <a className="font-medium text-brand-700 underline" href={l.href} download>
              {l.label}
            </a>
            <span className="text-slate-500">{l.hint}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
