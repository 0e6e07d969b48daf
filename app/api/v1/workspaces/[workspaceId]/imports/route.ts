import { MAX_IMPORT_BODY_BYTES, startImportSchema } from '@/lib/interop/import-request';
import { authedRoute } from '@/server/authed-route';
import { startImportJob } from '@/server/imports/start-import-job';

/** Starts importing a file (new model, or `mergeIntoModelId`); poll GET …/imports/{jobId} for progress. */
export const POST = authedRoute(
  startImportSchema,
  async (actor, input) => Response.json(await startImportJob(actor, input), { status: 202, headers: { 'cache-control': 'no-store' } }),
  { maxBodyBytes: MAX_IMPORT_BODY_BYTES },
);
