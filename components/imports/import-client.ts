import type { ImportFormat, ImportReport } from '@/lib/interop/types';
import type { ImportJobState } from '@/lib/interop/import-request';

// Browser side of the import pipeline: preview, start, poll. Errors come back as values with
// the server's message (413 too large, 422 unreadable with where in the file) for the dialog.

export interface ImportFailure {
  status: number;
  message: string;
  /** Where in the file the problem is, when the converter said. */
  path: string | null;
  problems: string[];
}

export interface PreviewResult {
  format: ImportFormat;
  name: string;
  report: ImportReport;
}

export interface ImportJobView {
  id: string;
  state: ImportJobState;
  stage: string;
  progress: number;
  format: ImportFormat | null;
  error: { status: number; message: string; path: string | null } | null;
  report: ImportReport | null;
  modelId: string | null;
  merged: boolean;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: ImportFailure };

const unreachable: ImportFailure = { status: 0, message: 'The server could not be reached. Check your connection and try again.', path: null, problems: [] };

async function call<T>(url: string, init?: RequestInit): Promise<Outcome<T>> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    return { ok: false, error: unreachable };
  }
  const body = (await res.json().catch(() => null)) as unknown;
  // Success bodies may carry `error: null` (a job's status): the status code decides.
  if (res.ok && body) return { ok: true, value: body as T };
  const error = (body as { error?: { message?: string; details?: { path?: unknown }; fieldErrors?: Record<string, string[]> } } | null)?.error;
  const path = typeof error?.details?.path === 'string' ? error.details.path : null;
  return { ok: false, error: { status: res.status, message: error?.message ?? `The server answered ${res.status}.`, path, problems: Object.values(error?.fieldErrors ?? {}).flat().slice(1, 6) } };
}

const base = (workspaceId: string) => `/api/v1/workspaces/${encodeURIComponent(workspaceId)}/imports`;
const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export function previewImportFile(workspaceId: string, content: string, filename: string): Promise<Outcome<PreviewResult>> {
  return call<PreviewResult>(`${base(workspaceId)}/preview`, post({ content, filename }));
}

export function startImport(workspaceId: string, input: { content: string; filename: string; name?: string; mergeIntoModelId?: string }): Promise<Outcome<ImportJobView>> {
  return call<ImportJobView>(base(workspaceId), post(input));
}

export function getImportStatus(workspaceId: string, jobId: string): Promise<Outcome<ImportJobView>> {
  return call<ImportJobView>(`${base(workspaceId)}/${encodeURIComponent(jobId)}`, { cache: 'no-store' });
}
