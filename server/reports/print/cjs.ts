import 'server-only';
import { createRequire } from 'node:module';

// The print libraries are loaded with require(): the worker runs TypeScript through ESM loader hooks
// (tsx, see scripts/lib/ts-worker.mjs), and an `import` of these packages routes each of their many
// modules through those hooks — about three times slower (measured: 1.0 s vs 0.3 s for pdf-lib).
const load = createRequire(import.meta.url);

export const playwright = () => load('playwright-core') as typeof import('playwright-core');
export const pdfLib = () => load('@cantoo/pdf-lib') as typeof import('@cantoo/pdf-lib');
