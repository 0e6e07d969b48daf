import { startReportSchema } from '@/lib/report/options';
import { authedRoute } from '@/server/authed-route';
import { startReportJob } from '@/server/reports/start-report-job';

/** Starts a PDF report job; poll GET …/reports/{jobId} for progress, then download …/pdf. */
export const POST = authedRoute(startReportSchema, async (actor, { modelId, ...choice }) => {
  return Response.json(await startReportJob(actor, modelId, choice), { status: 202, headers: { 'cache-control': 'no-store' } });
});
