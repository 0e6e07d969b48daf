import 'server-only';
import type { Actor } from '../actor';
import { AppError } from '../errors';

// PDF reports are generated as in-memory jobs: POST starts one, the UI polls its status (stage and
// progress) and then downloads the bytes. Jobs live in this process only — a restart loses them and
// the status endpoint answers 404 "job_lost", which the UI turns into "generate it again". Nothing
// is persisted: a report is a snapshot the user can regenerate at any time.
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

export interface Job extends ReportJobStatus {
  userId: string;
  modelId: string;
  pdf: Uint8Array | null;
  finishedAt: number | null;
}

const KEEP_MS = 15 * 60_000;
const MAX_JOBS = 40;
export const MAX_ACTIVE_PER_USER = 2;
const store = globalThis as unknown as { __threatlineReportJobs?: Map<string, Job> };
export const jobs = (store.__threatlineReportJobs ??= new Map<string, Job>());

export function prune(now = Date.now()): void {
  for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) jobs.delete(id);
  // Keep memory bounded: drop the oldest finished jobs first.
  const finished = [...jobs.values()].filter((j) => j.finishedAt !== null).sort((a, b) => a.finishedAt! - b.finishedAt!);
  while (jobs.size > MAX_JOBS && finished.length) jobs.delete(finished.shift()!.id);
}

export const statusOf = (j: Job): ReportJobStatus => ({ id: j.id, state: j.state, stage: j.stage, progress: j.progress, error: j.error, bytes: j.bytes, filename: j.filename });

export function update(job: Job, state: ReportJobState, stage: string, progress: number): void {
  job.state = state;
  job.stage = stage;
  job.progress = Math.max(job.progress, Math.min(1, progress));
}

export function findJob(actor: Actor, modelId: string, jobId: string): Job {
  prune();
  const job = jobs.get(jobId);
  // Someone else's job is indistinguishable from a missing one.
  if (!job || job.userId !== actor.userId || job.modelId !== modelId) {
    throw new AppError(404, 'job_lost', 'This report is no longer available (it expired or the server restarted). Generate it again.');
  }
  return job;
}

