// `npm run bench:report` (node --conditions=react-server --import tsx scripts/bench-report.ts):
// renders the PDF report of a large model (300 elements, 1,000 threats, 800 mitigations) in the
// worker thread, as the server does, a few times. Prints the median time and the peak resident
// memory of the process (the worker thread lives in it), and writes bench-results/report.json.
// Target: under 10 s. Never asserts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportSections } from '../lib/report/options.ts';
import { REPORT_HEAP_MB, renderInWorker } from '../server/reports/render-queue.ts';
import { bigReportDocument } from './lib/big-report-document.ts';
import { projectRoot } from './lib/data-dir.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const doc = bigReportDocument();
const options = { sections: [...reportSections], includeDismissed: true, author: 'Bench <bench@example.test>', generatedAt: new Date().toISOString() };

const times: number[] = [];
let peakRss = 0;
let bytes = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const result = await renderInWorker(doc, options);
  times.push(performance.now() - start);
  bytes = result.pdf.byteLength;
  peakRss = Math.max(peakRss, result.rss);
  console.log(`run ${i + 1}: ${(times.at(-1)! / 1000).toFixed(2)} s, ${(bytes / 1024).toFixed(0)} KB`);
}
clearInterval(sampler);
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
const summary = {
  model: { elements: doc.graph.elements.length, flows: doc.graph.flows.length, threats: doc.threats.length, mitigations: doc.mitigations.length },
  runs: RUNS,
  medianMs: Math.round(median),
  minMs: Math.round(sorted[0]!),
  maxMs: Math.round(sorted.at(-1)!),
  peakRssMb: Math.round(peakRss / 2 ** 20),
  workerHeapLimitMb: REPORT_HEAP_MB,
  pdfBytes: bytes,
  targetMs: 10_000,
  meetsTarget: median < 10_000,
  node: process.version,
  at: new Date().toISOString(),
};
console.log(`median ${(median / 1000).toFixed(2)} s · peak RSS ${summary.peakRssMb} MB · target < 10 s: ${summary.meetsTarget ? 'met' : 'NOT met'}`);
const dir = path.join(projectRoot, 'bench-results');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(summary, null, 2)}\n`);
