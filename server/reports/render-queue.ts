import 'server-only';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import * as threads from 'node:worker_threads';
import type { ModelDocument } from '@/lib/exchange/model-document';
import type { ReportOptions } from '@/lib/report/options';
import { CHROMIUM_MISSING, locateChromium } from '@/scripts/lib/chromium';
import { killGroup, TreeSampler } from './print/process-tree';
import type { WorkerMessage, WorkerProgress } from './worker/protocol';

// A PDF report is rendered by a worker thread (report data and HTML: CPU work kept off the request
// thread) driving its own headless Chromium (printing, out of process). At most MAX_CONCURRENT
// reports at a time (2 cores here). Each job is bounded in time and memory: the worker heap is
// capped, and the memory of the job's Chromium process tree (PSS, see print/process-tree.ts) plus
// the worker is sampled; past
// REPORT_MEMORY_MB, or after TIMEOUT_MS, the job's browser and worker are killed and only that
// report fails.
const MAX_CONCURRENT = Math.max(1, Number(process.env.THREATLINE_REPORT_CONCURRENCY ?? 2) || 2);
export const REPORT_MEMORY_MB = Math.max(256, Number(process.env.THREATLINE_REPORT_MEMORY_MB ?? 1024) || 1024);
const WORKER_HEAP_MB = Math.max(128, Math.round(REPORT_MEMORY_MB / 2));
const TIMEOUT_MS = 180_000;
const SAMPLE_MS = 250;

/** The app's root: `npm start` and the tests run from it (the worker loads source files, not the bundle). */
export function appRoot(): string {
  return process.env.THREATLINE_ROOT ?? process.cwd();
}

export class ReportRenderError extends Error {
  override name = 'ReportRenderError';
}

export interface RenderMemory {
  /** Highest sampled sum of the Chromium tree's memory (PSS) and the worker's heap, in MB: the bounded figure. */
  peakMb: number;
  /** Highest sampled PSS of the Chromium tree. */
  chromiumPeakMb: number;
  /** Highest summed RSS of the Chromium tree (shared pages counted per process; for reference). */
  chromiumRssSumPeakMb: number;
  workerPeakMb: number;
  limitMb: number;
  /** CPU time of the Chromium processes (as last sampled; the Node side is the caller's to measure). */
  chromiumCpuSeconds: number;
}

export interface RenderResult {
  pdf: Uint8Array;
  memory: RenderMemory;
  /** Requests the print page attempted outside the report's own files (all refused). */
  blocked: string[];
}

// Reached indirectly on purpose: the bundler treats `new Worker(<path>)` as a worker entry to
// compile, but this worker is loaded by Node from the source tree at run time (see ts-worker.mjs).
const NodeWorker: typeof threads.Worker = Reflect.get(threads, 'Worker');

let active = 0;
const waiting: (() => void)[] = [];

function acquire(): Promise<void> {
  if (active < MAX_CONCURRENT) {
    active++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else active--;
}

/** Jobs waiting for a free renderer (not counting those rendering). */
export function queuedRenders(): number {
  return waiting.length;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

export async function renderInWorker(
  doc: ModelDocument,
  options: ReportOptions,
  onProgress: (p: WorkerProgress | { stage: 'queued' }) => void = () => undefined,
): Promise<RenderResult> {
  const executablePath = locateChromium();
  if (!executablePath) throw new ReportRenderError(CHROMIUM_MISSING);
  if (active >= MAX_CONCURRENT) onProgress({ stage: 'queued' });
  await acquire();
  try {
    return await new Promise<RenderResult>((resolve, reject) => {
      const root = appRoot();
      const marker = `--threatline-report=${randomUUID()}`;
      const worker = new NodeWorker(path.join(root, 'scripts', 'lib', 'ts-worker.mjs'), {
        workerData: { entry: path.join(root, 'server', 'reports', 'worker', 'render-worker.ts'), root, doc, options, executablePath, marker },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        // The worker must not inherit e.g. --conditions=react-server: it renders HTML with react-dom/server.
        execArgv: [],
        // React's production build whatever the server runs as: the development build's checks made
        // rendering the large report's HTML about three times slower.
        env: { ...process.env, NODE_ENV: 'production' },
        stdout: false,
        stderr: false,
      });
      let browserPid: number | null = null;
      let workerBytes = 0;
      const memory: RenderMemory = { peakMb: 0, chromiumPeakMb: 0, chromiumRssSumPeakMb: 0, workerPeakMb: 0, limitMb: REPORT_MEMORY_MB, chromiumCpuSeconds: 0 };
      const tree = new TreeSampler();
      let settled = false;
      let sampling = false;
      const sample = async () => {
        if (sampling || settled) return;
        sampling = true;
        try {
          browserPid ??= await tree.findMarkedChild(marker);
          const chromium = browserPid ? await tree.sample(browserPid) : { pss: 0, rss: 0 };
          memory.chromiumCpuSeconds = tree.cpuSeconds();
          if (settled) return;
          memory.chromiumPeakMb = Math.max(memory.chromiumPeakMb, mb(chromium.pss));
          memory.chromiumRssSumPeakMb = Math.max(memory.chromiumRssSumPeakMb, mb(chromium.rss));
          memory.peakMb = Math.max(memory.peakMb, mb(chromium.pss + workerBytes));
          if (memory.peakMb > REPORT_MEMORY_MB) finish(new ReportRenderError(`The model is too large to render as a PDF within the memory limit (${REPORT_MEMORY_MB} MB).`));
        } finally {
          sampling = false;
        }
      };
      const finish = (error: Error | null, result?: Omit<RenderResult, 'memory'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(sampler);
        void worker.terminate();
        // Normally the worker has closed its browser already. After a failure nothing may be left
        // behind: the browser's whole process group goes, renderers orphaned by a crash included.
        if (error && browserPid) killGroup(browserPid);
        else void tree.findMarkedChild(marker).then((pid) => pid && killGroup(pid));
        if (error) reject(error);
        else resolve({ ...result!, memory });
      };
      const sampler = setInterval(() => void sample(), SAMPLE_MS);
      const timer = setTimeout(() => finish(new ReportRenderError('The report took too long to render.')), TIMEOUT_MS);
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'heap') {
          workerBytes = m.bytes;
          memory.workerPeakMb = Math.max(memory.workerPeakMb, mb(m.bytes));
        } else if (m.type === 'progress') {
          const { type: _type, ...p } = m;
          onProgress(p);
        } else if (m.type === 'done') {
          finish(null, { pdf: m.pdf, blocked: m.blocked });
        }
      });
      worker.on('error', (e: Error & { code?: string }) => {
        if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY') console.error('[threatline] report renderer failed', e);
        // Playwright errors carry the browser's whole log: people get the first line.
        const reason = e.message.split('\n')[0]!.slice(0, 200);
        finish(new ReportRenderError(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `The model is too large to render as a PDF within the memory limit (${REPORT_MEMORY_MB} MB).` : `The report could not be rendered: ${reason}`));
      });
      worker.on('exit', (code) => finish(new ReportRenderError(`The report renderer stopped unexpectedly (exit code ${code}).`)));
    });
  } finally {
    release();
  }
}
