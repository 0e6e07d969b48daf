// `npm run bench:report` (node --conditions=react-server --import tsx scripts/bench-report.ts):
// renders the PDF report of a large model (300 elements, 1,000 threats, 800 mitigations) as the
// server does — worker thread plus its own headless Chromium — a few times. Prints the median
// time, the peak memory of one job (the Chromium process tree, PSS, plus the worker's heap: the
// figure bounded by THREATLINE_REPORT_MEMORY_MB), the peak RSS of this process (the worker thread
// lives in it) and the CPU time used, and writes bench-results/report.json. Target: under 10 s.
// Never asserts.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportSections } from '../lib/report/options.ts';
import { REPORT_MEMORY_MB, renderInWorker, type RenderMemory } from '../server/reports/render-queue.ts';
import { bigReportDocument } from './lib/big-report-document.ts';
import { ensureChromium } from './lib/chromium.ts';
import { projectRoot } from './lib/data-dir.ts';

const RUNS = Number(process.env.RUNS ?? 3);
process.env.THREATLINE_CHROMIUM ??= ensureChromium();
const doc = bigReportDocument();
const options = { sections: [...reportSections], includeDismissed: true, author: 'Bench <bench@example.test>', generatedAt: new Date().toISOString() };

const times: number[] = [];
const cpuStart = process.cpuUsage();
const memories: RenderMemory[] = [];
let processPeakRss = 0;
let bytes = 0;
const sampler = setInterval(() => (processPeakRss = Math.max(processPeakRss, process.memoryUsage().rss)), 50);
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const result = await renderInWorker(doc, options);
  times.push(performance.now() - start);
  bytes = result.pdf.byteLength;
  memories.push(result.memory);
  const m = result.memory;
  console.log(`run ${i + 1}: ${(times.at(-1)! / 1000).toFixed(2)} s, ${(bytes / 1024).toFixed(0)} KB, peak ${m.peakMb} MB (Chromium ${m.chromiumPeakMb} MB PSS, worker ${m.workerPeakMb} MB)`);
}
clearInterval(sampler);
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
const max = (f: (m: RenderMemory) => number) => Math.max(...memories.map(f));
const cpu = process.cpuUsage(cpuStart);
const summary = {
  model: { elements: doc.graph.elements.length, flows: doc.graph.flows.length, threats: doc.threats.length, mitigations: doc.mitigations.length },
  runs: RUNS,
  medianMs: Math.round(median),
  minMs: Math.round(sorted[0]!),
  maxMs: Math.round(sorted.at(-1)!),
  peakMemoryMb: max((m) => m.peakMb),
  chromiumPeakPssMb: max((m) => m.chromiumPeakMb),
  chromiumPeakRssSumMb: max((m) => m.chromiumRssSumPeakMb),
  workerPeakHeapMb: max((m) => m.workerPeakMb),
  processPeakRssMb: Math.round(processPeakRss / 2 ** 20),
  memoryLimitMb: REPORT_MEMORY_MB,
  /** CPU time per run: this process (main and worker threads) and Chromium (all its processes). */
  nodeCpuSecondsPerRun: Number(((cpu.user + cpu.system) / 1e6 / RUNS).toFixed(2)),
  chromiumCpuSecondsPerRun: Number((memories.reduce((n, m) => n + m.chromiumCpuSeconds, 0) / RUNS).toFixed(2)),
  /** Load on the machine when the runs ended: wall times are only comparable on an idle machine. */
  loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  cpus: os.cpus().length,
  pdfBytes: bytes,
  targetMs: 10_000,
  meetsTarget: median < 10_000,
  node: process.version,
  at: new Date().toISOString(),
};
console.log(
  `median ${(median / 1000).toFixed(2)} s · peak ${summary.peakMemoryMb} MB of ${REPORT_MEMORY_MB} MB (Chromium ${summary.chromiumPeakPssMb} MB PSS / ${summary.chromiumPeakRssSumMb} MB summed RSS, worker heap ${summary.workerPeakHeapMb} MB) · ` +
    `this process ${summary.processPeakRssMb} MB RSS · CPU per run ${summary.nodeCpuSecondsPerRun} s Node + ${summary.chromiumCpuSecondsPerRun} s Chromium · ` +
    `load ${summary.loadAverage[0]} on ${summary.cpus} CPUs · target < 10 s: ${summary.meetsTarget ? 'met' : 'NOT met'}`,
);
const dir = path.join(projectRoot, 'bench-results');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(summary, null, 2)}\n`);
