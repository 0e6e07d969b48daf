import 'server-only';
import { Document, renderToBuffer } from '@react-pdf/renderer';
import type { ReportData } from '@/lib/report/types';
import { BomSection, FrameworksSection } from './appendix';
import { DiagramSection } from './diagram';
import { registerFonts } from './fonts';
import { CoverPage, ScopeSection, SummarySection, type TocEntry } from './front';
import { MatrixSection } from './matrix';
import type { RenderContext, TocId } from './parts';
import { DismissedSection, MitigationsSection, ThreatsSection } from './register';

export type RenderProgress = { stage: 'layout'; done: number; total: number } | { stage: 'second-pass' };

const titles: Record<TocId, string> = {
  summary: 'Executive summary',
  scope: 'Scope',
  diagram: 'Pipeline diagram',
  threats: 'Threats',
  dismissed: 'Dismissed suggestions',
  mitigations: 'Mitigation plan',
  matrix: 'Risk matrix',
  bom: 'AI bill of materials',
  frameworks: 'Framework mapping',
};

export function tocEntries(data: ReportData): TocEntry[] {
  const has = (id: TocId) => (id === 'dismissed' ? data.dismissed !== null : data.sections.includes(id));
  const order: TocId[] = ['summary', 'scope', 'diagram', 'threats', 'mitigations', 'matrix', 'bom', 'frameworks', 'dismissed'];
  return order.filter(has).map((id) => ({ id, title: titles[id] }));
}

function ReportDocument({ data, ctx, pageOf }: { data: ReportData; ctx: RenderContext; pageOf: (id: TocId) => string }) {
  const has = (id: TocId) => (data.sections as readonly string[]).includes(id);
  const toc = tocEntries(data);
  return (
    <Document title={`${data.meta.modelName} threat model report`} author={data.meta.author} creator="Threatline" producer="Threatline" subject="Threat model report">
      {data.sections.includes('cover') && <CoverPage data={data} ctx={ctx} toc={toc} pageOf={pageOf} />}
      {has('summary') && <SummarySection data={data} ctx={ctx} />}
      {has('scope') && <ScopeSection data={data} ctx={ctx} />}
      {has('diagram') && <DiagramSection d={data.diagram} ctx={ctx} />}
      {has('threats') && <ThreatsSection data={data} ctx={ctx} />}
      {has('mitigations') && <MitigationsSection data={data} ctx={ctx} />}
      {has('matrix') && <MatrixSection data={data} ctx={ctx} />}
      {has('bom') && <BomSection data={data} ctx={ctx} />}
      {has('frameworks') && <FrameworksSection data={data} ctx={ctx} />}
      {data.dismissed !== null && <DismissedSection data={data} ctx={ctx} />}
    </Document>
  );
}

/**
 * Renders the PDF. Section start pages are recorded by each section's fixed header while the
 * document paginates; the contents page prints them. react-pdf resolves the cover's dynamic text
 * again once the total page count is known, which is normally after every header has run — but
 * that is an internal ordering, so the result is checked: if any contents entry printed a page
 * number other than the final one, a second pass renders with the numbers fixed in advance
 * (the contents has one line per section either way, so pagination cannot move).
 */
export async function renderReportPdf(data: ReportData, root: string, onProgress: (p: RenderProgress) => void = () => undefined): Promise<Buffer> {
  registerFonts(root);
  const toc = tocEntries(data);
  const total = toc.length;
  const run = async (fixed: ReadonlyMap<TocId, number> | null) => {
    const marks = new Map<TocId, number>();
    const printed = new Map<TocId, string>();
    const ctx: RenderContext = {
      modelName: data.meta.modelName,
      generatedLabel: `${data.meta.generatedAt.slice(0, 10)} · revision ${data.meta.revision}`,
      mark: (id, page) => {
        const prev = marks.get(id);
        if (prev === undefined) {
          marks.set(id, page);
          if (!fixed) onProgress({ stage: 'layout', done: marks.size, total });
        } else if (page < prev) marks.set(id, page);
      },
    };
    const pageOf = (id: TocId) => {
      const value = String(fixed ? (fixed.get(id) ?? '–') : (marks.get(id) ?? '–'));
      printed.set(id, value);
      return value;
    };
    const buffer = await renderToBuffer(<ReportDocument data={data} ctx={ctx} pageOf={pageOf} />);
    return { buffer, marks, printed };
  };
  const first = await run(null);
  if (!data.sections.includes('cover') || toc.every((e) => first.printed.get(e.id) === String(first.marks.get(e.id) ?? ''))) return first.buffer;
  onProgress({ stage: 'second-pass' });
  return (await run(first.marks)).buffer;
}
