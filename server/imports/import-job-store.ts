import 'server-only';
import type { ImportJobState } from '@/lib/interop/import-request';
import type { ImportFormat, ImportReport } from '@/lib/interop/types';
import type { Prisma } from '@/prisma/generated/client';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { AppError } from '../errors';

// Imports run as background jobs: POST starts one, the dialog polls its stage and then links to
// the model. Jobs are rows in PostgreSQL (ImportJob) so any app instance answers the poll; the
// instance running a job keeps a heartbeat, and a job not heard from reads as failed. Finished
// jobs are deleted after KEEP_MS.

export interface ImportJobStatus {
  id: string;
  state: ImportJobState;
  /** What is happening now, for people. */
  stage: string;
  /** 0–1, monotonic. */
  progress: number;
  format: ImportFormat | null;
  error: { status: number; message: string; path: string | null } | null;
  report: ImportReport | null;
  modelId: string | null;
  merged: boolean;
}

export interface ImportJob extends ImportJobStatus {
  userId: string;
  workspaceId: string;
  flushed: Promise<void>;
}

const KEEP_MS = 15 * 60_000;
export const MAX_ACTIVE_IMPORTS_PER_USER = 2;
const HEARTBEAT_MS = 5_000;
const LOST_AFTER_MS = 45_000;
const timers = new Map<string, ReturnType<typeof setInterval>>();

export async function pruneImportJobs(now = Date.now()): Promise<void> {
  await getDb().importJob.deleteMany({ where: { finishedAt: { lt: new Date(now - KEEP_MS) } } });
}

export async function activeImportJobs(userId: string): Promise<number> {
  return getDb().importJob.count({ where: { userId, finishedAt: null, heartbeatAt: { gt: new Date(Date.now() - LOST_AFTER_MS) } } });
}

export async function createImportJob(job: Omit<ImportJob, 'flushed'>): Promise<ImportJob> {
  await getDb().importJob.create({
    data: { id: job.id, userId: job.userId, workspaceId: job.workspaceId, state: job.state, stage: job.stage, progress: job.progress, merged: job.merged },
  });
  const handle: ImportJob = { ...job, flushed: Promise.resolve() };
  const timer = setInterval(() => write(handle, { heartbeatAt: new Date() }), HEARTBEAT_MS);
  timer.unref();
  timers.set(job.id, timer);
  return handle;
}

type JobData = Prisma.ImportJobUpdateInput;

function write(job: ImportJob, data: JobData): void {
  job.flushed = job.flushed
    .then(() => getDb().importJob.update({ where: { id: job.id }, data }))
    .then(() => undefined)
    .catch((e: Error) => console.error('[threatline] could not record import progress:', e.message));
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

export function updateImportJob(job: ImportJob, state: ImportJobState, stage: string, progress: number, format: ImportFormat | null): void {
  job.state = state;
  job.stage = stage;
  job.format = format;
  job.progress = Math.max(job.progress, Math.min(1, progress));
  write(job, { state, stage, format, progress: job.progress, heartbeatAt: new Date() });
}

export async function finishImportJob(job: ImportJob, outcome: { modelId: string; report: ImportReport; format: ImportFormat } | { error: ImportJobStatus['error'] }): Promise<void> {
  clearInterval(timers.get(job.id));
  timers.delete(job.id);
  const finishedAt = new Date();
  if ('modelId' in outcome) {
    Object.assign(job, { state: 'done', stage: 'Imported', progress: 1, modelId: outcome.modelId, report: outcome.report, format: outcome.format });
    write(job, { state: 'done', stage: 'Imported', progress: 1, modelId: outcome.modelId, format: outcome.format, report: json(outcome.report), finishedAt });
  } else {
    Object.assign(job, { state: 'failed', stage: 'Failed', error: outcome.error });
    write(job, { state: 'failed', stage: 'Failed', error: JSON.stringify(outcome.error), finishedAt });
  }
  await job.flushed;
}

export const importJobStatus = (j: ImportJobStatus): ImportJobStatus => ({
  id: j.id, state: j.state, stage: j.stage, progress: j.progress, format: j.format, error: j.error, report: j.report, modelId: j.modelId, merged: j.merged,
});

const lostMessage = 'This import is no longer available (it expired or the server restarted). Start it again.';

/** The caller's job in this workspace; anyone else's is indistinguishable from a missing one. */
export async function findImportJob(actor: Actor, workspaceId: string, jobId: string): Promise<ImportJobStatus> {
  await pruneImportJobs();
  const row = await getDb().importJob.findUnique({ where: { id: jobId } });
  if (!row || row.userId !== actor.userId || row.workspaceId !== workspaceId) throw new AppError(404, 'job_lost', lostMessage);
  const lost = row.finishedAt === null && Date.now() - row.heartbeatAt.getTime() > LOST_AFTER_MS;
  return {
    id: row.id,
    state: lost ? 'failed' : (row.state as ImportJobState),
    stage: lost ? 'Failed' : row.stage,
    progress: row.progress,
    format: row.format as ImportFormat | null,
    error: lost ? { status: 500, message: 'The server running this import stopped before it finished. Nothing was imported; start it again.', path: null } : parseError(row.error),
    report: (row.report as ImportReport | null) ?? null,
    modelId: row.modelId,
    merged: row.merged,
  };
}

function parseError(raw: string | null): ImportJobStatus['error'] {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as ImportJobStatus['error'];
  } catch {
    return { status: 500, message: raw, path: null };
  }
}
