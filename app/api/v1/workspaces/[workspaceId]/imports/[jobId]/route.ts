import { importJobRefSchema } from '@/lib/interop/import-request';
import { authedRoute } from '@/server/authed-route';
import { getImportJob } from '@/server/imports/get-import-job';

export const GET = authedRoute(importJobRefSchema, (actor, input) => getImportJob(actor, input.workspaceId, input.jobId));
