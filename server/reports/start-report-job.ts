import 'server-only';
import { randomUUID } from 'node:crypto';
import { fileStem } from '@/lib/exchange/download';
import type { ReportChoice } from '@/lib/report/options';
import { reportOptionsSchema } from '@/lib/report/options';
import { requireActor, type Actor } from '../actor';
import { AppError } from '../errors';
import { NotFoundError } from '../errors';
import { exportModel } from '../exports/export-model';
import { getModel } from '../models/get-model';
import { getSnapshot } from '../snapshots/get-snapshot';
import { activeJobs, createJob, finish, MAX_ACTIVE_PER_USER, prune, statusOf, update, type Job, type ReportJobStatus } from './job-store';
import { renderInWorker } from './render-queue';

/** Starts generating a PDF report off the event loop (VIEWER access); the UI polls its status. */
export async function startReportJob(actorOrNull: Actor | null, modelId: string, choice: ReportChoice): Promise<ReportJobStatus> {
  const actor = requireActor(actorOrNull);
  const options = reportOptionsSchema.parse(choice);
  const model = await getModel(actor, modelId); // VIEWER access, 404 otherwise
  await prune();
  if ((await activeJobs(actor.userId)) >= MAX_ACTIVE_PER_USER) throw new AppError(429, 'too_many_reports', 'You already have reports generating; wait for them to finish.');
  // A snapshot of another model is "not found", exactly like a snapshot that does not exist.
  const snapshot = options.snapshotId ? await getSnapshot(actor, options.snapshotId) : null;
  if (snapshot && snapshot.modelId !== modelId) throw new NotFoundError('Snapshot');
  const name = fileStem(model.name);
  const suffix = snapshot ? `-snapshot-${snapshot.createdAt.toISOString().slice(0, 10)}` : '';
  const job = await createJob({
    id: randomUUID(), userId: actor.userId, modelId, state: 'queued', stage: 'Waiting to start…', progress: 0, error: null, bytes: null,
    filename: `${name}${suffix}-threat-report.pdf`,
  });
  void run(job, actor, options, snapshot);
  return statusOf(job);
}

async function run(job: Job, actor: Actor, choice: ReturnType<typeof reportOptionsSchema.parse>, snapshot: Awaited<ReturnType<typeof getSnapshot>> | null): Promise<void> {
  try {
    update(job, 'collecting', 'Collecting data…', 0.05);
    const { snapshotId: _snapshotId, ...options } = choice;
    const doc = snapshot ? snapshot.document : await exportModel(actor, job.modelId);
    const about = snapshot ? { snapshot: { id: snapshot.id, name: snapshot.name, takenAt: snapshot.createdAt.toISOString() } } : {};
    update(job, 'rendering', 'Preparing the report…', 0.15);
    const generatedAt = new Date().toISOString();
    const result = await renderInWorker(doc, { ...options, ...about, author: actor.name ? `${actor.name} <${actor.email}>` : actor.email, generatedAt }, (p) => {
      if (p.stage === 'queued') update(job, 'queued', 'Waiting for a free renderer…', 0.1);
      else if (p.stage === 'preparing') update(job, 'rendering', 'Preparing the report…', 0.2);
      else if (p.stage === 'printing') {
        update(job, 'rendering', `Printing section ${Math.min(p.done + 1, p.total)} of ${p.total}…`, 0.25 + (p.total ? (0.6 * p.done) / p.total : 0));
      } else update(job, 'rendering', 'Assembling the PDF…', 0.88);
    });
    await finish(job, { pdf: result.pdf });
  } catch (error) {
    const message = error instanceof AppError || (error instanceof Error && error.name === 'ReportRenderError') ? error.message : 'The report could not be generated.';
    if (!(error instanceof AppError)) console.error('[threatline] report job failed', error);
    await finish(job, { error: message }).catch((e: Error) => console.error('[threatline] could not record a failed report:', e.message));
  }
}

