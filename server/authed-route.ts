import 'server-only';
import type { z } from 'zod';
import type { Actor } from './actor';
import { toErrorBody, zodToValidationError } from './error-response';
import { AppError, ForbiddenError, UnauthenticatedError } from './errors';
import { getActor } from './session';

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
// Large enough for a canvas save of MAX_OPS_PER_SAVE ops; anything bigger is refused unread.
// A route may raise it (model import); proxy.ts buffers bodies up to next.config's proxyClientMaxBodySize.
export const MAX_BODY = 5_000_000;

export interface RouteOptions {
  /** Largest request body in bytes (default MAX_BODY). */
  maxBodyBytes?: number;
}

/**
 * Unsafe methods must come from our own origin: browsers send Origin (and Sec-Fetch-Site) on
 * cross-site requests, so a forged form or fetch from another site is refused.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE.has(req.method)) return;
  const site = req.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new ForbiddenError('Cross-site request refused.');
  const origin = req.headers.get('origin');
  if (origin) {
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    if (new URL(origin).host !== host) throw new ForbiddenError('Cross-site request refused.');
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(413, 'too_large', `The request body is too large (the limit is ${Math.round(maxBytes / 1_048_576)} MB).`, { maxBytes });
}

async function readInput(req: Request, params: Record<string, string | string[]>, maxBytes: number): Promise<unknown> {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  if (SAFE.has(req.method)) return { ...query, ...params };
  // Refuse on the declared length before reading; then count the bytes actually received.
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  let bytes: ArrayBuffer;
  try {
    bytes = await req.arrayBuffer();
  } catch {
    // The client went away (tab closed, navigation) while sending: nothing was read, nothing is written.
    throw new AppError(400, 'aborted', 'The request was interrupted before its body arrived.');
  }
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  const text = new TextDecoder().decode(bytes);
  let body: unknown = {};
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new AppError(400, 'bad_json', 'The request body is not valid JSON.');
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError(400, 'bad_json', 'The request body must be a JSON object.');
  }
  return { ...query, ...body, ...params };
}

function errorResponse(error: unknown): Response {
  const body = toErrorBody(error, 'route handler');
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  const retry = body.details?.retryAfterSeconds;
  if (typeof retry === 'number') headers['retry-after'] = String(retry);
  return Response.json({ error: body }, { status: body.status, headers });
}

/**
 * The only way to build a route handler: session (401), same-origin check for mutations (403),
 * input = query + JSON body + path params validated by the shared schema (422), errors mapped to
 * status codes. The handler returns data (sent as JSON) or a Response of its own (downloads).
 */
export function authedRoute<S extends z.ZodType, T>(
  schema: S,
  fn: (actor: Actor, input: z.output<S>, req: Request) => Promise<T | Response>,
  options: RouteOptions = {},
) {
  const maxBytes = options.maxBodyBytes ?? MAX_BODY;
  return async (req: Request, ctx: RouteContext): Promise<Response> => {
    try {
      // Refuse cross-site mutations before anything else, signed in or not.
      assertSameOrigin(req);
      const actor = await getActor();
      if (!actor) throw new UnauthenticatedError();
      const parsed = schema.safeParse(await readInput(req, (await ctx.params) ?? {}, maxBytes));
      if (!parsed.success) throw zodToValidationError(parsed.error);
      const result = await fn(actor, parsed.data, req);
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
