import 'server-only';
import { parentPort, workerData } from 'node:worker_threads';
import type { ModelDocument } from '@/lib/exchange/model-document';
import { buildReportData } from '@/lib/report/build-report-data';
import type { ReportOptions } from '@/lib/report/options';
import { renderReportPdf } from '../pdf/document';
import type { WorkerMessage } from './protocol';

// Runs in a worker thread (see server/reports/render-queue.ts): react-pdf lays out synchronously
// for seconds, which must never happen on the request-serving thread.
const { doc, options, root } = workerData as { doc: ModelDocument; options: ReportOptions; root: string };
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

post({ type: 'progress', stage: 'preparing' });
const data = buildReportData(doc, options);
post({ type: 'progress', stage: 'layout', done: 0, total: 0 });
const pdf = await renderReportPdf(data, root, (p) => post({ type: 'progress', ...p }));
// Copy into a buffer of its own so the transfer cannot take Node's shared buffer pool with it.
const bytes = new Uint8Array(pdf.byteLength);
bytes.set(pdf);
post({ type: 'done', pdf: bytes, memory: process.memoryUsage().rss }, [bytes.buffer]);
