import 'server-only';
import { renderToStaticMarkup } from 'react-dom/server';
import { chunkBy } from '@/lib/report/chunks';
import type { ContentsEntry, ContentsId } from '@/lib/report/contents';
import type { ReportData } from '@/lib/report/types';
import { Bom, Frameworks } from './appendix';
import { Diagram } from './diagram';
import { Cover, Scope, Summary } from './front';
import { Matrix } from './matrix';
import { Dismissed, Mitigations, Threats } from './register';

/** The made-up origin the print page is served from; nothing outside it is ever loaded. */
export const PRINT_ORIGIN = 'http://threatline.invalid';

export type PrintPart = 'cover' | ContentsId;

/** Parts printed on landscape sheets. */
export const landscapeParts: ReadonlySet<PrintPart> = new Set(['diagram']);

const doctype = (markup: string) => `<!DOCTYPE html>${markup}`;

// Belt and braces next to the print route, which already aborts every other request: the page
// itself may load only the report's stylesheets and fonts, and no DNS prefetching of link hosts.
const CSP = `default-src 'none'; style-src ${PRINT_ORIGIN} 'unsafe-inline'; font-src ${PRINT_ORIGIN}; img-src 'none'; form-action 'none'; base-uri 'none'`;

/**
 * The page each tab of the print job loads once: stylesheets and fonts, no content. Parts are then
 * swapped into its body one after the other (print-report.ts), so the fonts are fetched and decoded
 * once per tab instead of once per part. Static: no user text.
 */
export function shellHtml(): string {
  return doctype(
    renderToStaticMarkup(
      <html lang="en">
        {/* A print document rendered to a string, not a Next.js page. */}
        {/* eslint-disable-next-line @next/next/no-head-element */}
        <head>
          <meta charSet="utf-8" />
          <meta httpEquiv="Content-Security-Policy" content={CSP} />
          <meta httpEquiv="x-dns-prefetch-control" content="off" />
          <title>Threat model report</title>
          <link rel="stylesheet" href={`${PRINT_ORIGIN}/font-faces.css`} />
          <link rel="stylesheet" href={`${PRINT_ORIGIN}/report.css`} />
          <style id={PAGE_STYLE_ID} />
        </head>
        <body />
      </html>,
    ),
  );
}

/** The <style> element that holds the current part's @page rules (set as text, see page-css.ts). */
export const PAGE_STYLE_ID = 'page-style';

function SectionBody({ data, id, continued }: { data: ReportData; id: ContentsId; continued: boolean }) {
  switch (id) {
    case 'summary':
      return <Summary data={data} />;
    case 'scope':
      return <Scope data={data} />;
    case 'diagram':
      return <Diagram d={data.diagram} />;
    case 'threats':
      return <Threats data={data} continued={continued} />;
    case 'mitigations':
      return <Mitigations data={data} continued={continued} />;
    case 'matrix':
      return <Matrix data={data} />;
    case 'bom':
      return <Bom data={data} />;
    case 'frameworks':
      return <Frameworks data={data} continued={continued} />;
    case 'dismissed':
      return <Dismissed data={data} />;
  }
}

/** The body markup of the cover with the contents, given the page each section starts on. */
export function coverHtml(data: ReportData, contents: ContentsEntry[], starts: ReadonlyMap<ContentsId, number>): string {
  return renderToStaticMarkup(<Cover data={data} contents={contents} starts={starts} />);
}

/** One print job: a section, or one run of a long section's rows (see lib/report/chunks.ts). */
export interface PrintJob {
  id: ContentsId;
  /** 0 for the first (or only) job of a section. */
  chunk: number;
  /** A rough cost, to start the longest jobs first. */
  weight: number;
  /** The body markup (React escapes every user string), built when the job is printed. */
  html: () => string;
}

/**
 * Rows a browser tab lays out at most in one print job: about 100 MB of renderer memory (measured:
 * 250 threat rows, about 70 pages, took 120 MB). A threat row is about three times as tall as a
 * mitigation or mapping row.
 */
const MAX_ROWS = { threats: 200, mitigations: 500, frameworks: 500 };

/** The print jobs of a section: long sections are cut at stage or framework boundaries, or between rows. */
export function printJobs(data: ReportData, id: ContentsId): PrintJob[] {
  const job = (chunk: number, slice: ReportData, weight: number): PrintJob => ({
    id,
    chunk,
    weight,
    html: () => renderToStaticMarkup(<SectionBody data={slice} id={id} continued={chunk > 0} />),
  });
  switch (id) {
    case 'threats': {
      const runs = chunkBy(data.stages, (s) => s.threats.length, MAX_ROWS.threats);
      if (runs.length <= 1) return [job(0, data, 10 + 3 * data.threatCount)];
      return runs.map((stages, i) => job(i, { ...data, stages }, 10 + 3 * stages.reduce((n, s) => n + s.threats.length, 0)));
    }
    case 'mitigations': {
      // One table: cut into equal runs (each starts on a new sheet, under a repeated header).
      const count = Math.ceil(data.mitigations.length / MAX_ROWS.mitigations);
      const runs = chunkBy(data.mitigations, () => 1, Math.ceil(data.mitigations.length / Math.max(1, count)));
      if (runs.length <= 1) return [job(0, data, 10 + 2 * data.mitigations.length)];
      return runs.map((mitigations, i) => job(i, { ...data, mitigations }, 10 + 2 * mitigations.length));
    }
    case 'frameworks': {
      const runs = chunkBy(data.frameworks, (f) => f.entries.length, MAX_ROWS.frameworks);
      if (runs.length <= 1) return [job(0, data, 10 + data.frameworks.reduce((n, f) => n + f.entries.length, 0))];
      return runs.map((frameworks, i) => job(i, { ...data, frameworks }, 10 + frameworks.reduce((n, f) => n + f.entries.length, 0)));
    }
    case 'scope':
      return [job(0, data, 10 + data.scope.elements.length + data.scope.boundaries.length + Math.min(300, data.scope.flows.length))];
    case 'diagram':
      return [job(0, data, 10 + (data.diagram ? data.diagram.elements.length + data.diagram.flows.length : 0))];
    case 'dismissed':
      return [job(0, data, 10 + (data.dismissed?.length ?? 0))];
    default:
      return [job(0, data, 10)];
  }
}
