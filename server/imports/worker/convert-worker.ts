import 'server-only';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors';
import { convertUpload } from '../convert-upload';
import type { ConvertWorkerMessage } from './protocol';

// Runs in a worker thread (see server/imports/convert-off-thread.ts): parsing and converting a
// file of many megabytes is CPU work that must not hold up the thread serving everyone's requests.
const { content } = workerData as { content: string };
const post = (m: ConvertWorkerMessage) => parentPort!.postMessage(m);
try {
  const converted = convertUpload(content, (stage, format) => post({ type: 'stage', stage, format }));
  post({ type: 'done', converted });
} catch (e) {
  if (e instanceof AppError) post({ type: 'refused', status: e.status, code: e.code, message: e.message, details: e.details ?? null });
  else post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
}
