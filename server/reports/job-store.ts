import 'server-only';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { AppError } from '../errors';

// PDF reports are generated as background jobs: POST starts one, the UI polls its status (stage
// and progress) and then downloads the bytes. Jobs are rows in PostgreSQL (ReportJob), so with
// several app instances any of them answers the poll and serves the file. The instance rendering a
// job refreshes its heartbeat; a job whose heartbeat stopped (that instance died) reads as failed.
// Finished jobs are deleted after KEEP_MS: a report is regenerated, not archived.
export type ReportJobState = 'queued' | 'collecting' | 'rendering' | 'done' | 'failed';

export interface ReportJobStatus {
  id: string;
  state: ReportJobState;
  /** What is happening now, for people. */
  stage: string;
  /** 0–1, monotonic; a rough share of the work done. */
  progress: number;
  error: string | null;
  bytes: number | null;
  filename: string;
}

/** The rendering instance's handle on one job: progress writes are ordered and never block the job. */
export interface Job extends ReportJobStatus {
  userId: string;
  modelId: string;
  /** Resolves when every write so far has reached the database. */
  flushed: Promise<void>;
}

const KEEP_MS = 15 * 60_000;
export const MAX_ACTIVE_PER_USER = 2;
const HEARTBEAT_MS = 5_000;
/** A running job not heard from for this long was lost with its instance. */
const LOST_AFTER_MS = 45_000;

const lostMessage = 'This report is no longer available (it expired or the server restarted). Generate it again.';

export async function prune(now = Date.now()): Promise<void> {
  await getDb().reportJob.deleteMany({ where: { finishedAt: { lt: new Date(now - KEEP_MS) } } });
}

/** Running jobs of a user (any instance), not counting ones whose instance died. */
export async function activeJobs(userId: string): Promise<number> {
  return getDb().reportJob.count({ where: { userId, finishedAt: null, heartbeatAt: { gt: new Date(Date.now() - LOST_AFTER_MS) } } });
}

export async function createJob(job: Omit<Job, 'flushed'>): Promise<Job> {
  await getDb().reportJob.create({
    data: { id: job.id, userId: job.userId, modelId: job.modelId, state: job.state, stage: job.stage, progress: job.progress, filename: job.filename },
  });
  const handle: Job = { ...job, flushed: Promise.resolve() };
  // Keep the heartbeat going until the job finishes (see finish()).
  const timer = setInterval(() => write(handle, { heartbeatAt: new Date() }), HEARTBEAT_MS);
  timer.unref();
  timers.set(job.id, timer);
  return handle;
}

const timers = new Map<string, ReturnType<typeof setInterval>>();

function write(job: Job, data: Parameters<ReturnType<typeof getDb>['reportJob']['update']>[0]['data']): void {
  job.flushed = job.flushed
    .then(() => getDb().reportJob.update({ where: { id: job.id }, data }))
    .then(() => undefined)
    .catch((e: Error) => console.error('[threatline] could not record report progress:', e.message));
}

export const statusOf = (j: ReportJobStatus): ReportJobStatus => ({ id: j.id, state: j.state, stage: j.stage, progress: j.progress, error: j.error, bytes: j.bytes, filename: j.filename });

export function update(job: Job, state: ReportJobState, stage: string, progress: number): void {
  job.state = state;
  job.stage = stage;
  job.progress = Math.max(job.progress, Math.min(1, progress));
  write(job, { state, stage, progress: job.progress, heartbeatAt: new Date() });
}

/** Records the outcome (the PDF, or the error) and stops the heartbeat. */
export async function finish(job: Job, outcome: { pdf: Uint8Array } | { error: string }): Promise<void> {
  clearInterval(timers.get(job.id));
  timers.delete(job.id);
  if ('pdf' in outcome) {
    job.state = 'done';
    job.stage = 'Ready';
    job.progress = 1;
    job.bytes = outcome.pdf.byteLength;
    write(job, { state: 'done', stage: 'Ready', progress: 1, bytes: job.bytes, pdf: new Uint8Array(outcome.pdf), finishedAt: new Date() });
  } else {
    job.state = 'failed';
    job.stage = 'Failed';
    job.error = outcome.error;
    write(job, { state: 'failed', stage: 'Failed', error: outcome.error, finishedAt: new Date() });
  }
  await job.flushed;
}

/** The caller's job for this model; anyone else's is indistinguishable from a missing one. */
export async function findJob(actor: Actor, modelId: string, jobId: string, withPdf = false): Promise<ReportJobStatus & { pdf: Uint8Array | null }> {
  await prune();
  const row = await getDb().reportJob.findUnique({
    where: { id: jobId },
    select: { id: true, userId: true, modelId: true, state: true, stage: true, progress: true, error: true, bytes: true, filename: true, heartbeatAt: true, finishedAt: true, pdf: withPdf },
  });
  if (!row || row.userId !== actor.userId || row.modelId !== modelId) throw new AppError(404, 'job_lost', lostMessage);
  const lost = row.finishedAt === null && Date.now() - row.heartbeatAt.getTime() > LOST_AFTER_MS;
  return {
    id: row.id,
    state: lost ? 'failed' : (row.state as ReportJobState),
    stage: lost ? 'Failed' : row.stage,
    progress: row.progress,
    error: lost ? 'The server generating this report stopped before it finished. Generate it again.' : row.error,
    bytes: row.bytes,
    filename: row.filename,
    pdf: row.pdf ? new Uint8Array(row.pdf) : null,
  };
}
