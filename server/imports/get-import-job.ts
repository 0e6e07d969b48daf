import 'server-only';
import { requireActor, type Actor } from '../actor';
import { requireWorkspaceRole } from '../access';
import { getDb } from '../db';
import { findImportJob, type ImportJobStatus } from './import-job-store';

/** The status of the caller's own import job (only its starter sees it; others get a 404). */
export async function getImportJob(actorOrNull: Actor | null, workspaceId: string, jobId: string): Promise<ImportJobStatus> {
  const actor = requireActor(actorOrNull);
  // Membership may have been revoked since the job started.
  await requireWorkspaceRole(getDb(), actor, workspaceId, 'VIEWER');
  return findImportJob(actor, workspaceId, jobId);
}
