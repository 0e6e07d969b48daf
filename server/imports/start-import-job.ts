import 'server-only';
import { randomUUID } from 'node:crypto';
import type { StartImportInput } from '@/lib/interop/import-request';
import { importFormatLabels, type ImportFormat } from '@/lib/interop/types';
import { requireActor, type Actor } from '../actor';
import { getDb } from '../db';
import { AppError } from '../errors';
import { assertImportSize } from './convert-upload';
import { importForeignModel, type ImportStage } from './import-foreign-model';
import { checkImportAccess } from './import-access';
import { activeImportJobs, createImportJob, finishImportJob, importJobStatus, MAX_ACTIVE_IMPORTS_PER_USER, pruneImportJobs, updateImportJob, type ImportJob, type ImportJobStatus } from './import-job-store';

const stages: Record<ImportStage, { text: (f: string) => string; progress: number }> = {
  parsing: { text: () => 'Reading the file…', progress: 0.05 },
  converting: { text: (f) => `Converting from ${f}…`, progress: 0.2 },
  validating: { text: () => 'Checking the converted model…', progress: 0.5 },
  writing: { text: () => 'Writing the model…', progress: 0.65 },
};

/**
 * Starts importing a file in the background (same access as importForeignModel); the dialog
 * polls getImportJob for the stage and then opens the model. Access and size are checked before
 * the job exists, so those refusals are immediate.
 */
export async function startImportJob(actorOrNull: Actor | null, input: StartImportInput): Promise<ImportJobStatus> {
  const actor = requireActor(actorOrNull);
  await checkImportAccess(getDb(), actor, input);
  assertImportSize(input.content);
  await pruneImportJobs();
  if ((await activeImportJobs(actor.userId)) >= MAX_ACTIVE_IMPORTS_PER_USER) throw new AppError(429, 'too_many_imports', 'You already have imports running; wait for them to finish.');
  const job = await createImportJob({
    id: randomUUID(), userId: actor.userId, workspaceId: input.workspaceId, state: 'parsing', stage: 'Waiting to start…', progress: 0,
    format: null, error: null, report: null, modelId: null, merged: Boolean(input.mergeIntoModelId),
  });
  void runImport(job, actor, input);
  return importJobStatus(job);
}

async function runImport(job: ImportJob, actor: Actor, input: StartImportInput): Promise<void> {
  try {
    // Let the response go out first: conversion is synchronous work.
    await new Promise((r) => setImmediate(r));
    const result = await importForeignModel(actor, input, (stage, format: ImportFormat | null) => {
      const s = stages[stage];
      updateImportJob(job, stage, s.text(format ? importFormatLabels[format] : 'the file'), s.progress, format);
    });
    await finishImportJob(job, { modelId: result.modelId, report: result.report, format: result.format });
  } catch (error) {
    const known = error instanceof AppError;
    if (!known) console.error('[threatline] import job failed', error);
    const path = known && typeof error.details?.path === 'string' ? error.details.path : null;
    const outcome = known ? { status: error.status, message: error.message, path } : { status: 500, message: 'The import failed on our side; nothing was imported. Try again.', path: null };
    await finishImportJob(job, { error: outcome }).catch((e: Error) => console.error('[threatline] could not record a failed import:', e.message));
  }
}
