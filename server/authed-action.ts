import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import type { Actor } from './actor';
import { toErrorBody, zodToValidationError } from './error-response';
import { UnauthenticatedError } from './errors';
import { getActor } from './session';

type Handler<S extends z.ZodType, T> = (actor: Actor, input: z.output<S>) => Promise<T>;

async function run<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  actor: Actor | null,
  fn: (actor: Actor | null, input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw zodToValidationError(parsed.error);
    return { ok: true, data: await fn(actor, parsed.data) };
  } catch (error) {
    const body = toErrorBody(error, 'server action');
    return { ok: false, ...body };
  }
}

/**
 * The only way to build a server action: resolves the session (401 without one), validates the
 * input with the shared zod schema (422 with field errors), injects the actor and maps errors.
 * Next checks the Origin of every server action, which makes them CSRF-safe.
 */
export function authedAction<S extends z.ZodType, T>(schema: S, fn: Handler<S, T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, ...toErrorBody(new UnauthenticatedError(), 'server action') };
    return run(schema, input, actor, (a, i) => fn(a as Actor, i));
  };
}

/** For the few actions anonymous users may call (sign-up). Each must be listed in public-routes.ts. */
export function publicAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  fn: (actor: Actor | null, input: z.output<S>) => Promise<T>,
) {
  void name;
  return async (input: z.input<S>): Promise<ActionResult<T>> => run(schema, input, await getActor(), fn);
}
