import { describe, expect, it } from 'vitest';
import { reportSections } from '@/lib/report/options';
import { HOSTILE_TITLE, reportTestDocument } from '@/lib/report/test-document';
import { bigReportDocument } from '@/scripts/lib/big-report-document';
import { pdfPages } from '@/tests/integration/pdf-text';
import { REPORT_HEAP_MB, renderInWorker } from './render-queue';

// Renders real PDFs in the worker thread exactly as production does (scripts/lib/ts-worker.mjs
// loading server/reports/worker/render-worker.ts) and reads them back with pdfjs.
const options = { sections: [...reportSections], includeDismissed: true, author: 'Ana <ana@example.test>', generatedAt: '2026-11-20T12:00:00.000Z' };
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('PDF report rendering', () => {
  it('renders every section, page numbers, contents and hostile text as plain text', async () => {
    const stages: string[] = [];
    const { pdf } = await renderInWorker(reportTestDocument(), options, (p) => stages.push(p.stage));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    const all = flat(pages.join('\n'));
    for (const heading of ['Executive summary', 'Scope', 'Pipeline diagram', 'Threats', 'Mitigation plan', 'Risk matrix', 'AI bill of materials', 'Framework mapping', 'Dismissed suggestions']) {
      expect(all).toContain(heading);
    }
    expect(flat(pages[0]!)).toContain('Page 1 of');
    expect(flat(pages[0]!)).toContain(`Page 1 of ${pages.length}`);
    expect(flat(pages.at(-1)!)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(all).toContain('Prompt injection through retrieved documents');
    expect(all).toContain('Isolate retrieved content from instructions');
    expect(all).toContain('LLM01:2025 Prompt Injection');
    // The hostile title is text, not markup. DejaVu has no CJK glyphs, so only the parts it can draw
    // are compared verbatim (see the report: CJK needs an extra fallback font).
    const [markup, rest] = HOSTILE_TITLE.split(' ◆ ');
    expect(all).toContain(markup);
    expect(all).toContain('◆');
    expect(all).toContain(rest!.replace('中文 ', '').trim());
    // The contents page lists the page each section starts on.
    const threatsPage = pages.findIndex((p, i) => i > 0 && flat(p).includes('Threats 5 threats grouped')) + 1;
    expect(threatsPage).toBeGreaterThan(1);
    expect(flat(pages[0]!)).toMatch(new RegExp(`Threats ${threatsPage}\\b`));
    expect(stages).toContain('layout');
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

  it(`renders a large model (300 elements, 1,000 threats, 800 mitigations) within the ${REPORT_HEAP_MB} MB worker heap`, async () => {
    const { pdf } = await renderInWorker(bigReportDocument(), options);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(50);
    expect(flat(pages.join(' '))).toContain('T-1000');
  }, 240_000);
});
