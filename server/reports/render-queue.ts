import 'server-only';
import path from 'node:path';
import * as threads from 'node:worker_threads';
import type { ModelDocument } from '@/lib/exchange/model-document';
import type { ReportOptions } from '@/lib/report/options';
import type { WorkerMessage, WorkerProgress } from './worker/protocol';

// PDF rendering runs in worker threads, at most MAX_CONCURRENT at a time (2 cores here), each with
// a heap cap so one huge model cannot take the server down. A fresh worker per job: a cold start
// costs ~0.5 s, and a crash or an out-of-memory stop only ever loses that one report.
const MAX_CONCURRENT = Math.max(1, Number(process.env.THREATLINE_REPORT_CONCURRENCY ?? 2) || 2);
export const REPORT_HEAP_MB = Math.max(128, Number(process.env.THREATLINE_REPORT_HEAP_MB ?? 1024) || 1024);
const TIMEOUT_MS = 180_000;

/** The app's root: `npm start` and the tests run from it (the worker loads source files, not the bundle). */
export function appRoot(): string {
  return process.env.THREATLINE_ROOT ?? process.cwd();
}

export class ReportRenderError extends Error {
  override name = 'ReportRenderError';
}

export interface RenderResult {
  pdf: Uint8Array;
  /** Worker resident set size when it finished (whole-process figure; workers share the process). */
  rss: number;
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

export async function renderInWorker(
  doc: ModelDocument,
  options: ReportOptions,
  onProgress: (p: WorkerProgress | { stage: 'queued' }) => void = () => undefined,
): Promise<RenderResult> {
  if (active >= MAX_CONCURRENT) onProgress({ stage: 'queued' });
  await acquire();
  try {
    return await new Promise<RenderResult>((resolve, reject) => {
      const root = appRoot();
      const worker = new NodeWorker(path.join(root, 'scripts', 'lib', 'ts-worker.mjs'), {
        workerData: { entry: path.join(root, 'server', 'reports', 'worker', 'render-worker.ts'), root, doc, options },
        resourceLimits: { maxOldGenerationSizeMb: REPORT_HEAP_MB },
        // The worker must not inherit e.g. --conditions=react-server: react-pdf needs the client React build.
        execArgv: [],
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const finish = (error: Error | null, result?: RenderResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        if (error) reject(error);
        else resolve(result!);
      };
      const timer = setTimeout(() => finish(new ReportRenderError('The report took too long to render.')), TIMEOUT_MS);
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') {
          const { type: _type, ...p } = m;
          onProgress(p);
        } else if (m.type === 'done') finish(null, { pdf: m.pdf, rss: m.memory });
      });
      worker.on('error', (e: Error & { code?: string }) =>
        finish(new ReportRenderError(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'The model is too large to render as a PDF within the memory limit.' : `The report could not be rendered: ${e.message}`)),
      );
      worker.on('exit', (code) => finish(new ReportRenderError(`The report renderer stopped unexpectedly (exit code ${code}).`)));
    });
  } finally {
    release();
  }
}
