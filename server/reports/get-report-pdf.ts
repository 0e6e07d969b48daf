import 'server-only';
import { requireActor, type Actor } from '../actor';
import { NotFoundError } from '../errors';
import { getModel } from '../models/get-model';
import { findJob } from './job-store';

export async function getReportPdf(actorOrNull: Actor | null, modelId: string, jobId: string): Promise<{ pdf: Uint8Array; filename: string }> {
  const actor = requireActor(actorOrNull);
  const job = await findJob(actor, modelId, jobId, true);
  // Access may have been revoked since the job started.
  await getModel(actor, modelId);
  if (job.state !== 'done' || !job.pdf) throw new NotFoundError('The PDF');
  return { pdf: job.pdf, filename: job.filename };
}
