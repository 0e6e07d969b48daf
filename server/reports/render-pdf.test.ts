import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument, PDFDict, PDFName } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSections } from '@/lib/report/options';
import { HOSTILE_TITLE, reportTestDocument } from '@/lib/report/test-document';
import { bigReportDocument } from '@/scripts/lib/big-report-document';
import { locateChromium } from '@/scripts/lib/chromium';
import { pdfPages } from '@/tests/integration/pdf-text';
import { launchBrowser } from './print/browser';
import { openPrintContext, showPart } from './print/print-context';
import { REPORT_MEMORY_MB, renderInWorker } from './render-queue';
import { CHROMIUM_MISSING } from '@/scripts/lib/chromium';

// Renders real PDFs exactly as production does (a worker thread loading
// server/reports/worker/render-worker.ts through scripts/lib/ts-worker.mjs, printing with Chromium)
// and reads them back with pdfjs.
const options = { sections: [...reportSections], includeDismissed: true, author: 'Ana <ana@example.test>', generatedAt: '2026-11-20T12:00:00.000Z' };
const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Report browsers started by this process (their command line carries the job's marker). */
function reportBrowsers(): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && readFileSync(`/proc/${n}/cmdline`, 'utf8').includes('--threatline-report=');
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** BaseFont names of the fonts embedded in a PDF. */
async function fontNames(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const names = new Set<string>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('Font')) names.add(String(obj.get(PDFName.of('BaseFont'))));
  }
  return [...names];
}

// A local server that counts every request: the print page must never reach it.
let hits: string[] = [];
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('nope');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('PDF report rendering', () => {
  it('renders every section, page numbers, contents and hostile text (CJK included) as plain text', async () => {
    const doc = reportTestDocument();
    doc.mitigations[0]!.description = '한국어 설명 · 日本語のテキスト';
    const stages: string[] = [];
    const { pdf, blocked } = await renderInWorker(doc, options, (p) => stages.push(p.stage));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    const all = flat(pages.join('\n'));
    for (const heading of ['Executive summary', 'Scope', 'Pipeline diagram', 'Threats', 'Mitigation plan', 'Risk matrix', 'AI bill of materials', 'Framework mapping', 'Dismissed suggestions']) {
      expect(all).toContain(heading);
    }
    expect(flat(pages[0]!)).toContain(`Page 1 of ${pages.length}`);
    expect(flat(pages.at(-1)!)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(all).toContain('Prompt injection through retrieved documents');
    expect(all).toContain('Isolate retrieved content from instructions');
    expect(all).toContain('LLM01:2025 Prompt Injection');
    // The hostile title is text, not markup, and Chinese, Korean and Japanese come out as themselves,
    // drawn with real glyphs from the Noto fallbacks (DejaVu has none).
    expect(all).toContain(HOSTILE_TITLE);
    expect(all).toContain('한국어 설명 · 日本語のテキスト');
    const fonts = await fontNames(pdf);
    expect(fonts.some((f) => f.includes('NotoSansSC'))).toBe(true);
    expect(fonts.some((f) => f.includes('NotoSansKR'))).toBe(true);
    // The contents page lists the page each section starts on.
    const threatsPage = pages.findIndex((p, i) => i > 0 && flat(p).includes('Threats 5 threats grouped')) + 1;
    expect(threatsPage).toBeGreaterThan(1);
    expect(flat(pages[0]!)).toMatch(new RegExp(`Threats ${threatsPage}\\b`));
    const mitigationsPage = pages.findIndex((p, i) => i > 0 && flat(p).includes('Mitigation plan Open work first')) + 1;
    expect(flat(pages[0]!)).toMatch(new RegExp(`Mitigation plan ${mitigationsPage}\\b`));
    expect(stages).toEqual(expect.arrayContaining(['preparing', 'printing', 'assembling']));
    expect(blocked).toEqual([]);
  });

  it('links the contents to the sections and bookmarks every section', async () => {
    const { pdf } = await renderInWorker(reportTestDocument(), { ...options, sections: ['cover', 'summary', 'threats'], includeDismissed: false });
    const doc = await PDFDocument.load(pdf);
    const pages = doc.getPages();
    const dests = (pages[0]!.node.Annots()?.asArray() ?? []).map((ref) => doc.context.lookup(ref, PDFDict).lookup(PDFName.of('Dest')));
    expect(dests).toHaveLength(4); // title and page number of two entries
    const threatsRef = pages[2]!.ref; // cover, summary, threats
    expect(dests.some((d) => String(d).includes(`${threatsRef.objectNumber} ${threatsRef.generationNumber} R`))).toBe(true);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines.get(PDFName.of('Count'))?.toString()).toBe('2');
  });

  it('repeats table header rows on every page a table spans', async () => {
    const doc = reportTestDocument();
    const extra = Array.from({ length: 120 }, (_, i) => ({ ...doc.threats[0]!, id: `t-x${i}`, title: `Repeated row threat ${i}`, target: { type: 'model' as const, id: null } }));
    doc.threats.push(...extra);
    const { pdf } = await renderInWorker(doc, { ...options, sections: ['threats'], includeDismissed: false });
    const pages = (await pdfPages(pdf)).map(flat);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages.slice(1)) expect(page).toContain('Ref Threat Inherent Residual Status Owner Mitigations');
  });

  it('never lets user content reach the network', async () => {
    hits = [];
    const doc = reportTestDocument();
    const hostile = `<img src="${origin}/img"><link rel="stylesheet" href="${origin}/css"><iframe src="${origin}/frame"></iframe>`;
    doc.threats[0]!.title = hostile;
    doc.threats[0]!.description = `<style>@import url(${origin}/import);</style><object data="${origin}/object"></object>`;
    doc.mitigations[0]!.ticketUrl = `${origin}/ticket`;
    // The model name goes into the running header as a CSS string: quotes and markup stay text.
    doc.model.name = `</style><b>x</b> "q" \\ 中文 ${'LongName'.repeat(30)}`;
    const { pdf, blocked } = await renderInWorker(doc, { ...options, includeDismissed: false });
    const pages = await pdfPages(pdf);
    const header = flat(pages[1]!);
    expect(header.startsWith('</style><b>x</b> "q" \\ 中文 LongNameLongName')).toBe(true);
    expect(header.split(' ').find((w) => w.startsWith('LongName'))).toMatch(/…$/); // shortened to fit
    const all = flat(pages.join('\n'));
    for (const tag of ['<img src=', '<iframe src=', '<style>@import', '<object data=']) expect(all).toContain(tag);
    expect(blocked).toEqual([]); // escaped: nothing even tried
    expect(hits).toEqual([]);
  });

  it('refuses every request the print page makes outside the report’s own files', async () => {
    hits = [];
    const browser = await launchBrowser({ executablePath: locateChromium()!, marker: '--threatline-test' });
    try {
      const print = await openPrintContext(browser, process.cwd(), 'x');
      const page = await print.openTab();
      // Markup as if escaping had failed: resources on another host (stopped by the page's CSP and
      // the route) and an unknown file on the print origin (refused by the route).
      await showPart(
        page,
        '',
        `<img src="${origin}/img"><link rel="stylesheet" href="${origin}/css"><iframe src="${origin}/frame"></iframe>` +
          `<div style="background: url(${origin}/bg)">x</div><link rel="stylesheet" href="http://threatline.invalid/etc/passwd"><script>fetch('${origin}/script')</script>`,
      );
      await page.pdf();
      await page.waitForTimeout(300);
      expect(hits).toEqual([]);
      expect(print.blocked).toContain('http://threatline.invalid/etc/passwd');
    } finally {
      await browser.close();
    }
  });

  it('fails only the job whose browser crashes, and leaves no browser behind', async () => {
    let killed = false;
    const job = renderInWorker(bigReportDocument(), options, (p) => {
      if (p.stage !== 'printing' || killed) return;
      const [pid] = reportBrowsers();
      if (pid) {
        killed = true;
        process.kill(pid, 'SIGKILL');
      }
    });
    await expect(job).rejects.toThrow(/could not be rendered|stopped unexpectedly/);
    expect(killed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reportBrowsers()).toEqual([]);
    // The next report is unaffected.
    const { pdf } = await renderInWorker(reportTestDocument(), { ...options, sections: ['summary'] });
    expect(flat((await pdfPages(pdf)).join(' '))).toContain('Executive summary');
  }, 120_000);

  it('says that Chromium is needed when there is none', async () => {
    const saved = process.env.THREATLINE_CHROMIUM;
    process.env.THREATLINE_CHROMIUM = '/nonexistent/chromium';
    try {
      await expect(renderInWorker(reportTestDocument(), options)).rejects.toThrow(CHROMIUM_MISSING);
    } finally {
      if (saved === undefined) delete process.env.THREATLINE_CHROMIUM;
      else process.env.THREATLINE_CHROMIUM = saved;
    }
  });

  it(`renders a large model (300 elements, 1,000 threats, 800 mitigations) within ${REPORT_MEMORY_MB} MB (Chromium and worker)`, async () => {
    const { pdf, memory } = await renderInWorker(bigReportDocument(), options);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(50);
    expect(flat(pages.join(' '))).toContain('T-1000');
    expect(memory.chromiumPeakMb).toBeGreaterThan(0); // the sampler found the browser
    expect(memory.peakMb).toBeLessThan(REPORT_MEMORY_MB);
  }, 240_000);
});
