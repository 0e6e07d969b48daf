import 'server-only';
import path from 'node:path';
import * as threads from 'node:worker_threads';
import type { ImportFormat } from '@/lib/interop/types';
import { AppError } from '../errors';
import { appRoot } from '../reports/render-queue';
import { assertImportSize, convertUpload, type ConvertedUpload, type ConvertStage } from './convert-upload';
import type { ConvertWorkerMessage } from './worker/protocol';

// Small files convert in a few milliseconds on the request thread. From 1 MB on (a
// 9 MB Threat Dragon file takes about 0.3–0.5 s of CPU), the file is parsed, converted and
// validated in a worker thread, so the requests and live streams of everyone else on this
// instance are not held up while it runs. THREATLINE_IMPORT_WORKER_MIN_BYTES moves the threshold.
const offThreadBytes = () => Math.max(0, Number(process.env.THREATLINE_IMPORT_WORKER_MIN_BYTES ?? 1024 * 1024) || 0);
const TIMEOUT_MS = 120_000;
const WORKER_HEAP_MB = 2048;

// Looked up at run time: Turbopack would try to bundle a `new Worker(...)` it can see (see
// server/reports/render-queue.ts, which loads its worker the same way).
const NodeWorker: typeof threads.Worker = Reflect.get(threads, 'Worker');

const unreadable = (why: string) =>
  new AppError(422, 'invalid_file', `The file could not be read: ${why}`, { format: null, formatLabel: null, path: null });

/** convertUpload, on a worker thread for large files; the same result and the same 413/422 errors. */
export async function convertUploadOffThread(content: string, onStage: (stage: ConvertStage, format: ImportFormat | null) => void = () => undefined): Promise<ConvertedUpload> {
  assertImportSize(content);
  if (Buffer.byteLength(content, 'utf8') < offThreadBytes()) return convertUpload(content, onStage);
  const root = appRoot();
  return new Promise<ConvertedUpload>((resolve, reject) => {
    const worker = new NodeWorker(path.join(root, 'scripts', 'lib', 'ts-worker.mjs'), {
      workerData: { entry: path.join(root, 'server', 'imports', 'worker', 'convert-worker.ts'), content },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      execArgv: [],
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(unreadable('reading it took longer than two minutes.'))), TIMEOUT_MS);
    worker.on('message', (m: ConvertWorkerMessage) => {
      if (m.type === 'stage') onStage(m.stage, m.format);
      else if (m.type === 'done') finish(() => resolve(m.converted));
      else if (m.type === 'refused') finish(() => reject(new AppError(m.status, m.code, m.message, m.details ?? undefined)));
      else {
        console.error('[threatline] the import worker failed:', m.message);
        finish(() => reject(unreadable('it has an unexpected structure.')));
      }
    });
    worker.on('error', (e) => {
      console.error('[threatline] the import worker crashed:', e.message);
      finish(() => reject(unreadable('it is too large or too deeply nested to convert.')));
    });
    worker.on('exit', (code) => finish(() => reject(unreadable(`the converter stopped (exit code ${code}).`))));
  });
}
