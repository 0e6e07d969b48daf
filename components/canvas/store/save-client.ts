import type { FieldConflict, FieldKey } from '@/lib/graph/fields';
import type { Op } from '@/lib/graph/op-schema';
import type { Graph } from '@/lib/graph/types';
import type { SaveError } from './canvas-store';

// The canvas talks to its REST route (components never import server/); errors keep the
// route's JSON shape { error: { status, code, message, details? } }.

export type SaveResult = { ok: true; revision: number } | { ok: false; error: SaveError; retryable: boolean };

export interface ServerCanvas {
  modelId: string;
  revision: number;
  role: 'OWNER' | 'EDITOR' | 'VIEWER';
  graph: Graph;
}

const url = (modelId: string) => `/api/v1/models/${encodeURIComponent(modelId)}/canvas`;

type ErrorBody = { error?: { message?: string; details?: { conflicts?: FieldConflict[]; currentRevision?: number } } };

async function errorBody(res: Response): Promise<{ message: string; details?: NonNullable<ErrorBody['error']>['details'] }> {
  try {
    const body = (await res.json()) as ErrorBody;
    if (body.error?.message) return { message: body.error.message, details: body.error.details };
  } catch {
    // Not JSON (a proxy error page): fall through to the generic text.
  }
  return { message: `The server answered ${res.status}.` };
}

async function errorMessage(res: Response): Promise<string> {
  return (await errorBody(res)).message;
}

export async function postOps(
  modelId: string,
  body: { baseRevision: number; ops: Op[]; clientId?: string; resolved?: { upTo: number; keys: FieldKey[] } },
  options: { keepalive?: boolean } = {},
): Promise<SaveResult> {
  let res: Response;
  try {
    res = await fetch(url(modelId), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      keepalive: options.keepalive ?? false,
    });
  } catch {
    return { ok: false, retryable: true, error: { kind: 'network', message: 'The server could not be reached.' } };
  }
  if (res.ok) {
    const data = (await res.json()) as { revision: number };
    return { ok: true, revision: data.revision };
  }
  const { message, details } = await errorBody(res);
  if (res.status === 409) {
    return { ok: false, retryable: false, error: { kind: 'conflict', message, conflicts: details?.conflicts ?? [], currentRevision: details?.currentRevision } };
  }
  if (res.status === 422 || res.status === 400 || res.status === 413) return { ok: false, retryable: false, error: { kind: 'invalid', message } };
  if (res.status === 401 || res.status === 403 || res.status === 404) return { ok: false, retryable: false, error: { kind: 'forbidden', message } };
  // 429 and 5xx are usually transient.
  return { ok: false, retryable: true, error: { kind: 'network', message } };
}

export async function fetchCanvas(modelId: string): Promise<ServerCanvas> {
  const res = await fetch(url(modelId), { credentials: 'same-origin', cache: 'no-store' });
  if (!res.ok) throw new Error(await errorMessage(res));
  return (await res.json()) as ServerCanvas;
}
