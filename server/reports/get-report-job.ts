import 'server-only';
import { requireActor, type Actor } from '../actor';
import { getModel } from '../models/get-model';
import { findJob, statusOf, type ReportJobStatus } from './job-store';

export async function getReportJob(actorOrNull: Actor | null, modelId: string, jobId: string): Promise<ReportJobStatus> {
  const actor = requireActor(actorOrNull);
  const job = await findJob(actor, modelId, jobId);
  // Access may have been revoked since the job started.
  await getModel(actor, modelId);
  return statusOf(job);
}

