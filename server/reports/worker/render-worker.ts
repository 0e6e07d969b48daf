import 'server-only';
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { ModelDocument } from '@/lib/exchange/model-document';
import type { ReportOptions } from '@/lib/report/options';
import { launchBrowser } from '../print/browser';
import type { WorkerMessage } from './protocol';

// Runs in a worker thread (see server/reports/render-queue.ts): shaping the data and rendering the
// HTML of thousands of rows is CPU work that must not run on the request-serving thread. Chromium
// prints in its own processes; merging and numbering the parts happens here again.
const { doc, options, root, executablePath, marker } = workerData as { doc: ModelDocument; options: ReportOptions; root: string; executablePath: string; marker: string };
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(m, transfer);

const heap = () => {
  const h = getHeapStatistics();
  post({ type: 'heap', bytes: h.total_physical_size + h.malloced_memory + h.external_memory });
};
const sampler = setInterval(heap, 200);

post({ type: 'progress', stage: 'preparing' });
// Chromium starts while the rest of the code loads and the data is shaped.
const browser = launchBrowser({ executablePath, marker });
browser.catch(() => undefined); // awaited below; a launch failure is reported from there
const [{ buildReportData }, { printReport }] = await Promise.all([import('@/lib/report/build-report-data'), import('../print/print-report')]);
const data = buildReportData(doc, options);
heap();
const { pdf, blocked } = await printReport(await browser, data, { root, onProgress: (p) => (heap(), post({ type: 'progress', ...p })) });
heap();
clearInterval(sampler);
// Copy into a buffer of its own so the transfer cannot take Node's shared buffer pool with it.
const bytes = new Uint8Array(pdf.byteLength);
bytes.set(pdf);
post({ type: 'done', pdf: bytes, blocked }, [bytes.buffer]);
