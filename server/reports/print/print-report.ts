import 'server-only';
import type { PDFPage } from '@cantoo/pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { contentsEntries, contentsTitles, startPages } from '@/lib/report/contents';
import type { ReportData } from '@/lib/report/types';
import { coverHtml, landscapeParts, printJobs, type PrintJob, type PrintPart } from '../html/document';
import { PdfAssembler, type PrintedPart } from './assemble';
import { pageCss } from './page-css';
import { openPrintContext, showPart } from './print-context';

export type PrintProgress = { stage: 'printing'; done: number; total: number } | { stage: 'assembling' };

/** Sections printed at once, each in its own tab (renderer process): 2 cores here. */
const TABS = 2;
/**
 * Print work (PrintJob.weight, about 3 per threat row) after which a tab is replaced. Measured on
 * the large model: replacing after every ~2 chunks saved 100 MB of peak memory for 1 s more CPU.
 */
const TAB_WEIGHT = 1500;

export interface PrintOptions {
  root: string;
  onProgress?: (p: PrintProgress) => void;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests the page tried to make outside the report's own files (all refused). */
  blocked: string[];
}

/**
 * Prints the report: each section is its own print job, long sections several (two tabs at a time,
 * longest first), then the cover is printed with the section start pages known, and the parts are
 * merged and numbered. Closes the browser.
 */
export async function printReport(browser: Browser, data: ReportData, o: PrintOptions): Promise<PrintResult> {
  try {
    return await printWith(browser, data, o);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function printWith(browser: Browser, data: ReportData, o: PrintOptions): Promise<PrintResult> {
  const assembler = await PdfAssembler.create();
  const footer = `Threatline threat model report · ${data.meta.generatedAt.slice(0, 10)} · ${data.meta.snapshot ? `snapshot of ${data.meta.snapshot.takenAt.slice(0, 10)}` : `revision ${data.meta.revision}`}`;
  // Every character the report can print: its data (all user text) plus the footer. The
  // components' own words are Latin, in DejaVu, which is always loaded whole.
  const print = await openPrintContext(browser, o.root, `${JSON.stringify(data)}${footer}`);

  const contents = contentsEntries(data);
  const jobs = contents.flatMap((e) => printJobs(data, e.id));
  const queue = [...jobs].sort((a, b) => b.weight - a.weight);
  const printed = new Map<PrintJob, PDFPage[]>();
  const left = new Map(contents.map((e) => [e.id, jobs.filter((j) => j.id === e.id).length]));
  const total = contents.length + (data.sections.includes('cover') ? 1 : 0);
  let done = 0;
  o.onProgress?.({ stage: 'printing', done, total });

  const printPart = async (page: Page, part: PrintPart, body: string): Promise<PDFPage[]> => {
    const css = pageCss({ modelName: data.meta.modelName, footer, sectionTitle: part === 'cover' ? null : contentsTitles[part], landscape: landscapeParts.has(part) });
    await showPart(page, css, body);
    return assembler.take(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  };
  const tab = async () => {
    let page = await print.openTab();
    let load = 0;
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      // A renderer keeps most of the memory of what it printed: after a few large jobs the tab is
      // replaced by a fresh one (a new renderer process), which costs a fraction of a second.
      if (load > TAB_WEIGHT) {
        await page.close();
        page = await print.openTab();
        load = 0;
      }
      load += job.weight;
      printed.set(job, await printPart(page, job.id, job.html()));
      left.set(job.id, left.get(job.id)! - 1);
      if (left.get(job.id) === 0) o.onProgress?.({ stage: 'printing', done: ++done, total });
    }
    return page;
  };
  const [page] = await Promise.all(Array.from({ length: Math.max(1, Math.min(TABS, queue.length)) }, tab));
  // Print order: the cover, then each section's jobs in turn.
  const parts: PrintedPart[] = jobs.map((job) => ({ id: job.id, pages: printed.get(job)! }));

  if (data.sections.includes('cover')) {
    // The contents fits on the cover sheet; should it ever not, print again with the real length
    // (the first copy then stays in the file unused, a few kilobytes).
    const pagesOf = (id: string) => parts.filter((p) => p.id === id).reduce((n, p) => n + p.pages.length, 0);
    let coverPages = 1;
    let cover: PDFPage[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const starts = startPages(coverPages, contents.map((e) => ({ id: e.id, pages: pagesOf(e.id) })));
      cover = await printPart(page!, 'cover', coverHtml(data, contents, starts));
      if (cover.length === coverPages) break;
      coverPages = cover.length;
    }
    parts.unshift({ id: 'cover', pages: cover });
    o.onProgress?.({ stage: 'printing', done: ++done, total });
  }
  await print.context.close();

  o.onProgress?.({ stage: 'assembling' });
  const pdf = await assembler.finish(parts, {
    title: `${data.meta.modelName} threat model report`,
    author: data.meta.author,
    generatedAt: data.meta.generatedAt,
    contents,
  });
  return { pdf, blocked: print.blocked };
}
