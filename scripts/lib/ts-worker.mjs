// Bootstrap for worker threads that run the app's TypeScript server modules directly (no bundler):
// the Next.js server bundle cannot host a separate worker file, so the worker loads the source
// through tsx (a production dependency; `npm start` already runs through it).
// `server-only` resolves to its empty server build here, as it does in React's server environment:
// a worker thread is server code by construction. Usage:
//   new Worker('scripts/lib/ts-worker.mjs', { workerData: { entry: '/abs/path/module.ts', ... } })
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import { register as registerTsx } from 'tsx/esm/api';

const serverOnlyHook = `
export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return next(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`, import.meta.url);
registerTsx();
await import(pathToFileURL(workerData.entry).href);
