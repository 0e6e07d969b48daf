import { reportJobRefSchema } from '@/lib/report/options';
import { authedRoute } from '@/server/authed-route';
import { getReportJob } from '@/server/reports/get-report-job';

export const GET = authedRoute(reportJobRefSchema, async (actor, input) => getReportJob(actor, input.modelId, input.jobId));
